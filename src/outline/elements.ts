/**
 * The 2018 "Outline of elements for consideration by the Conference" (note by the President-designate of
 * the Third Review Conference of the Programme of Action, 6 February 2018): the canonical key every fact
 * is attached to (DATA-MODEL §1).
 *
 * Written out by hand from the document rather than parsed at run time, so the pipeline never reads
 * ../shared; tests/outline/taxonomy.test.ts parses the seed text independently and checks this table
 * against it both ways.
 */

export type Instrument = "declaration" | "PoA" | "ITI" | "follow-up"

export type ElementKind = "section" | "heading" | "item" | "paragraph" | "placeholder"

export interface OutlineElement {
  /** The document's own numbering, dot-separated; the bracketed (b) and (ii) become lower-case "b" and "ii". */
  readonly id: string
  readonly parent: string | null
  /** Verbatim from the document, without list markers, "**" or the trailing ";" / ".". */
  readonly title: string
  readonly instrument: Instrument
  /** Number of id segments: "II" = 1, "II.A.2.b.ii" = 5. */
  readonly depth: number
  /**
   * section: I–IV; heading: a lettered or numbered heading (II.B.3 has nothing under it in the document);
   * item: a roman-numbered item; paragraph: a lettered heading followed by prose rather than items
   * (II.A.1.d, II.A.3.a, II.C.2.a, II.C.2.c); placeholder: "Other topics [To be decided]".
   */
  readonly kind: ElementKind
}

type Row = readonly [id: string, kind: ElementKind, title: string]

// The section decides the instrument: DATA-MODEL §1 (PoA for II, ITI for III, follow-up for IV).
const instrumentOfSection: Readonly<Record<string, Instrument>> = {
  I: "declaration",
  II: "PoA",
  III: "ITI",
  IV: "follow-up"
}

// biome-ignore format: one element per line reads as a table, even past the line width
const rows: ReadonlyArray<Row> = [
  // I. The political declaration: one element, no sub-items
  ["I", "section", "2018 declaration"],

  // II. Programme of Action (PoA) implementation plan
  ["II", "section", "Implementation plan for the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, 2018–2024"],
  ["II.A", "heading", "Preventing, combating and eradicating the illicit trade in small arms and light weapons at all levels (national, subregional, regional and global)"],
  ["II.A.1", "heading", "Coordination and synergies"],
  ["II.A.1.a", "heading", "Implementation at the national level"],
  ["II.A.1.a.i", "item", "Strengthening national laws, regulations and administrative procedures, national coordination mechanisms, national points of contact, national action plans, national border controls and other relevant national programmes in support of the implementation of the Programme of Action, including with respect to the manufacture (including illicit craft production), illicit conversion and international transfer of small arms and light weapons"],
  ["II.A.1.a.ii", "item", "Reinforcing national coordination mechanisms, including with civil society"],
  ["II.A.1.a.iii", "item", "Adopting and implementing national action plans"],
  ["II.A.1.a.iv", "item", "Designating national points of contact and exchanging up-to-date information on points of contact"],
  ["II.A.1.a.v", "item", "Identifying opportunities for strengthening the measurement of progress in the national implementation of the Programme of Action, including within the framework of the Sustainable Development Goals"],
  ["II.A.1.b", "heading", "Role of regional and subregional organizations"],
  ["II.A.1.b.i", "item", "Adopting complementary instruments, programmes and plans of action at the regional and subregional levels"],
  ["II.A.1.b.ii", "item", "Reinforcing coordination among relevant regional and subregional organizations and frameworks"],
  ["II.A.1.b.iii", "item", "Reinforcing coordination among relevant regional and subregional organizations and frameworks, on the one hand, and States and global organizations, on the other"],
  ["II.A.1.b.iv", "item", "Enhancing synergies with relevant regional and subregional instruments in strengthening the implementation of the Programme of Action and the International Tracing Instrument"],
  ["II.A.1.b.v", "item", "Designating points of contact for small arms and light weapons within relevant regional and subregional organizations"],
  ["II.A.1.b.vi", "item", "Regional and subregional coordination between law enforcement agencies and customs, including the exchange of relevant information at the regional and subregional levels"],
  ["II.A.1.b.vii", "item", "Contributions of United Nations regional centres for peace and disarmament to the implementation of the Programme of Action"],
  ["II.A.1.c", "heading", "Role of relevant international organizations, including United Nations offices, the International Criminal Police Organization and the World Customs Organization"],
  ["II.A.1.c.i", "item", "Synergies and coordination among relevant United Nations offices"],
  ["II.A.1.c.ii", "item", "Coordination with relevant United Nations offices, the International Criminal Police Organization (INTERPOL), the World Customs Organization, the International Monetary Fund and the World Bank in strengthening the implementation of the Programme of Action"],
  ["II.A.1.c.iii", "item", "Encouraging regular dialogue among relevant international organizations, in particular with INTERPOL and the World Customs Organization"],
  ["II.A.1.d", "paragraph", "Synergies with relevant global instruments, including those related to counter-terrorism and transnational organized crime"],
  ["II.A.2", "heading", "Preventing the diversion of small arms and light weapons"],
  ["II.A.2.a", "heading", "Stockpile management and security"],
  ["II.A.2.a.i", "item", "Pursuing efforts to improve the physical security and management of stockpiles of small arms and light weapons"],
  ["II.A.2.a.ii", "item", "Ensuring the safety and security of ammunition stockpiles"],
  ["II.A.2.b", "heading", "Unauthorized end users"],
  ["II.A.2.b.i", "item", "Implementing and reinforcing regulations and control systems enabling effective control over transfers of small arms and light weapons, taking into account the provisions of the Programme of Action and other relevant instruments"],
  ["II.A.2.b.ii", "item", "Using, authenticating, verifying and, as needed, strengthening end user certificates and end user certification processes in reducing the risk of diversion to unauthorized end users"],
  ["II.A.2.b.iii", "item", "Ensuring the secure transportation and delivery of international transfers of small arms and light weapons"],
  ["II.A.2.b.iv", "item", "Supporting the role of law enforcement authorities, in particular customs authorities, and reinforcing their capacity to intercept illicit shipments of small arms and light weapons"],
  ["II.A.2.c", "heading", "Conflict and post-conflict situations, including programmes for disarmament, demobilization and reintegration and security sector reform"],
  ["II.A.2.c.i", "item", "Implementing international standards and good practices related to the Programme of Action and the International Tracing Instrument in programmes for disarmament, demobilization and reintegration and security sector reform"],
  ["II.A.2.c.ii", "item", "Specific measures for the prevention of diversion in conflict and post-conflict situations"],
  ["II.A.2.d", "heading", "Arms embargoes"],
  ["II.A.2.d.i", "item", "Supporting the full implementation of arms embargoes through the implementation of the Programme of Action"],
  ["II.A.2.d.ii", "item", "Cooperation and information exchange with sanctions committees and United Nations groups of experts monitoring the implementation of sanctions regimes"],
  ["II.A.2.d.iii", "item", "Collection and sharing of information relating to the diversion of small arms and light weapons"],
  ["II.A.3", "heading", "Preventing the illicit manufacturing and conversion of small arms and light weapons"],
  ["II.A.3.a", "paragraph", "Best practices to ensure irreversible deactivation"],
  ["II.A.3.b", "heading", "Preventing the illicit conversion of small arms and light weapons"],
  ["II.A.3.b.i", "item", "Ensuring adequate record-keeping for small arms and light weapons and the authorization of officials or individuals who carry out conversion or destruction operations"],
  ["II.A.3.b.ii", "item", "Common understandings regarding the convertibility of blank-firing or replica small arms and light weapons to functional small arms and light weapons"],
  ["II.A.3.c", "heading", "Preventing the illicit manufacturing of small arms and light weapons"],
  ["II.A.3.c.i", "item", "Implementing a strict regulatory framework with regard to the manufacturing of small arms and light weapons"],
  ["II.A.3.c.ii", "item", "Criminalizing the illicit manufacturing of firearms"],
  ["II.A.3.c.iii", "item", "Ensuring the seizure and destruction of illicitly manufactured small arms and light weapons"],
  ["II.A.4", "heading", "Assessing and responding to the opportunities and challenges of new developments in small arms and light weapons-related technology, including in the area of manufacture"],
  ["II.A.4.i", "item", "Impacts of new developments in technology on manufacture, design, marking, storage and trade, including modular weapons, microchipping and microstamping"],
  ["II.A.4.ii", "item", "Cooperation with the private sector on the development of technologies to improve the marking, tracing and safe and secure storage of small arms and light weapons"],
  ["II.A.4.iii", "item", "Additive manufacturing (three-dimensional printing)"],
  ["II.A.4.iv", "item", "New trends in the illicit trade, including the use of the Internet and trade on the darknet"],
  ["II.A.4.v", "item", "Cooperation among States and with the private sector, including cooperation among law enforcement agencies, the exchange of good practices and experiences in combating illicit online trade, and the use of new technologies in strengthening stockpile management and security"],
  ["II.A.5", "heading", "Encouraging transparency and information exchange"],
  ["II.A.5.i", "item", "Strengthening synergies between reporting for the Programme of Action and the International Tracing Instrument and reporting for the Sustainable Development Goals"],
  ["II.A.5.ii", "item", "Strengthening the collection, analysis and use of data related to small arms and light weapons"],
  ["II.A.5.iii", "item", "Strengthening the collection of gender-disaggregated data"],
  ["II.A.5.iv", "item", "Encouraging the clear identification of needs for cooperation and assistance in national reports and matching them with available resources and programmes"],
  ["II.A.5.v", "item", "Reporting by regional and subregional organizations on actions that support the implementation of the Programme of Action"],
  ["II.B", "heading", "Addressing the adverse consequences of the illicit trade in small arms and light weapons on development"],
  ["II.B.1", "heading", "2030 Agenda for Sustainable Development, in particular Sustainable Development Goal 16"],
  ["II.B.1.i", "item", "Acknowledging the negative impact of the illicit trade in small arms and light weapons on development, including the achievement of Sustainable Development Goal 16 and other Goals"],
  ["II.B.1.ii", "item", "Enhancing the contribution of the Programme of Action and the International Tracing Instrument to the achievement of Goal 16 and target 16.4 of the Sustainable Development Goals"],
  ["II.B.1.iii", "item", "Enhancing the contribution of the Programme of Action and the International Tracing Instrument to the achievement of other Sustainable Development Goals"],
  ["II.B.1.iv", "item", "Integrating the implementation of the Programme of Action and the International Tracing Instrument into national development plans"],
  ["II.B.1.v", "item", "Strengthening synergies between reporting, measurement and analysis for the Programme of Action and the International Tracing Instrument and reporting, measurement and analysis for the 2030 Agenda for Sustainable Development at the global, regional and national levels"],
  ["II.B.2", "heading", "Gender, including Security Council resolution 1325 (2000) and the impacts of the illicit trade in small arms and light weapons on women, men, girls and boys"],
  ["II.B.2.i", "item", "Taking into account the differing impacts of the illicit trade in small arms and light weapons on women, men, girls and boys in the strengthening implementation of the Programme of Action"],
  ["II.B.2.ii", "item", "Promoting the meaningful participation and representation of women in policymaking, planning and implementation processes related to the Programme of Action"],
  ["II.B.2.iii", "item", "Recognizing that gender mainstreaming strengthens the quality and sustainability of small arms control"],
  ["II.B.2.iv", "item", "Drawing on processes relating to women, disarmament, non-proliferation and arms control, such as those based on General Assembly resolution 65/69 and Security Council resolution 1325 (2000), in strengthening the implementation of the Programme of Action"],
  ["II.B.2.v", "item", "Funding advocacy, education, training and research on gender-related activities and outputs"],
  ["II.B.2.vi", "item", "Strengthening small arms-related policies and programmes through the collection of gender-disaggregated data and increased funding"],
  ["II.B.3", "heading", "Promotion of the rule of law and a culture of peace in combating the illicit trade in small arms and light weapons: specific applications"],
  ["II.C", "heading", "Promoting effective international cooperation and assistance in the fight against the illicit trade in small arms and light weapons"],
  ["II.C.1", "heading", "Encouraging international cooperation in combating the illicit trade in small arms and light weapons"],
  ["II.C.1.i", "item", "Highlighting the role of civil society organizations, including non-governmental organizations, research organizations, academics, citizens, consumer associations and industry in the implementation of the Programme of Action"],
  ["II.C.1.ii", "item", "Strengthening cooperation with civil society, including the exchange of experiences, expertise and good practices on topics relating to the implementation of the Programme of Action"],
  ["II.C.1.iii", "item", "Strengthening partnerships and cooperation at all levels, including coordination among donors, international legal assistance and operational cooperation"],
  ["II.C.2", "heading", "Promoting effective international assistance in the fight against the illicit trade in small arms and light weapons"],
  ["II.C.2.a", "paragraph", "Technical and financial assistance, including capacity-building"],
  ["II.C.2.b", "heading", "Coordination"],
  ["II.C.2.b.i", "item", "Ensuring coordination among donors, between donors and recipients and across government"],
  ["II.C.2.b.ii", "item", "Ensuring the complementarity of assistance provided in support of the implementation of the Programme of Action and assistance provided in support of other relevant instruments"],
  ["II.C.2.b.iii", "item", "Strengthening information exchange, including experiences on completed assistance projects and on existing and new coordination mechanisms"],
  ["II.C.2.c", "paragraph", "Ensuring continued and sustainable financial and technical assistance in support of the Programme of Action and the International Tracing Instrument, also in the light of related Sustainable Development Goal commitments"],
  ["II.D", "placeholder", "Other topics"],

  // III. International Tracing Instrument (ITI) implementation plan
  ["III", "section", "Implementation plan for the International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons, 2018–2024"],
  ["III.A", "heading", "Marking"],
  ["III.A.i", "item", "National legislation and administrative procedures"],
  ["III.A.ii", "item", "Good practices for post-manufacture marking"],
  ["III.A.iii", "item", "Potential contributions of the private sector"],
  ["III.B", "heading", "Record-keeping"],
  ["III.B.i", "item", "National legislation and administrative procedures"],
  ["III.B.ii", "item", "Inter-agency coordination"],
  ["III.C", "heading", "Tracing"],
  ["III.C.i", "item", "National legislation and administrative procedures"],
  ["III.C.ii", "item", "The accurate identification of small arms and light weapons for tracing purposes"],
  ["III.C.iii", "item", "Inter-agency coordination"],
  ["III.C.iv", "item", "The exchange and use of tracing information"],
  ["III.C.v", "item", "Tracing in conflict and post-conflict situations"],
  ["III.C.vi", "item", "Good practices of the private sector"],
  ["III.D", "heading", "Encouraging international cooperation"],
  ["III.D.i", "item", "Other relevant instruments"],
  ["III.D.ii", "item", "Cooperation with relevant organizations at the global, regional and subregional levels, including INTERPOL and the World Customs Organization"],
  ["III.D.iii", "item", "Strengthening the exchange of information on national marking practices and national points of contact"],
  ["III.D.iv", "item", "Enhanced dialogue with the private sector"],
  ["III.E", "heading", "Promoting effective international assistance"],
  ["III.E.i", "item", "Technical and financial assistance, including technology and equipment"],
  ["III.E.ii", "item", "Establishing and strengthening mechanisms for the provision of assistance"],
  ["III.E.iii", "item", "Enhancing the identification of needs and the matching of needs and resources"],
  ["III.F", "heading", "Encouraging transparency and information exchange"],
  ["III.F.i", "item", "Collection of data relevant to the Sustainable Development Goals (indicator 16.4.2)"],
  ["III.F.ii", "item", "Exchange of tracing information in order to prevent diversion and strengthen small arms and light weapons control"],
  ["III.G", "heading", "Implications for the International Tracing Instrument of recent developments in small arms and light weapons manufacturing, technology and design"],
  ["III.G.i", "item", "Using new forms of marking, including microchips and micromarking, to strengthen the implementation of the International Tracing Instrument"],
  ["III.G.ii", "item", "Ensuring the durable marking of polymer frame small arms and light weapons in line with the International Tracing Instrument"],
  ["III.G.iii", "item", "Modular weapons (implications for marking and record-keeping, ways of ensuring traceability)"],
  ["III.G.iv", "item", "Cooperation among States and with the private sector, including the exchange of national experiences in tracing illicit small arms and light weapons and the development by industry of technologies to improve the marking, record-keeping and tracing of small arms and light weapons in the light of the new challenges"],
  ["III.H", "placeholder", "Other topics"],

  // IV. Follow-up: the schedule of meetings, one item per year
  ["IV", "section", "Follow-up to the Third Review Conference of the Programme of Action"],
  ["IV.i", "item", "2019 — Informal open-ended working group — length, location and main topic to be determined"],
  ["IV.ii", "item", "2020 — biennial meeting of States, five days, New York"],
  ["IV.iii", "item", "2021 — open-ended meeting of governmental experts — main topic to be determined"],
  ["IV.iv", "item", "2022 — biennial meeting of States, five days, New York"],
  ["IV.v", "item", "2023 — open-ended meeting of governmental experts — main topic to be determined"],
  ["IV.vi", "item", "2024 — Fourth Review Conference, 10 days, New York"],
]

const toElement = ([id, kind, title]: Row): OutlineElement => {
  const segments = id.split(".")
  const section = segments[0]!
  const instrument = instrumentOfSection[section]
  // A typo in the table above should fail at load, not produce an element without an instrument.
  if (instrument === undefined) throw new Error(`Outline row ${id} does not start with a section I–IV`)
  return {
    id,
    parent: segments.length === 1 ? null : segments.slice(0, -1).join("."),
    title,
    instrument,
    depth: segments.length,
    kind
  }
}

/** Every element of the Outline, in document order. */
export const OUTLINE: ReadonlyArray<OutlineElement> = rows.map(toElement)
