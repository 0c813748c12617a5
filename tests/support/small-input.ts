import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import iconv from "iconv-lite"

/**
 * A small input folder in three dialects (for process-level tests that need a quick, real run):
 * 2 good files, one revised resubmission, and a few bad rows.
 */
export const writeSmallInput = (dir: string): string => {
  const reports = join(dir, "reports")
  mkdirSync(join(reports, "2020"), { recursive: true })
  writeFileSync(
    join(reports, "2018-comma.csv"),
    [
      "state,cycle,submitted_on,element,answer,measure,sex,note",
      "Kenya,2018,2018-05-02,II.A.2.a.i,Yes,,,",
      "KEN,2018,2018-05-02,III.F.i,120,seized,,",
      "KEN,2018,2018-05-02,III.F.i,30,traced,,",
      'Côte d’Ivoire,2018,2018-04-11,ITI C(iv),Oui,,,"a note, with a comma\nand a second line"',
      "Atlantis,2018,2018-04-11,II.A.1,Yes,,,",
      "Peru,2018,2018-06-01,II.A.9,Yes,,,"
    ].join("\n") + "\n"
  )
  writeFileSync(
    join(reports, "2020", "europe-semicolon-1252.csv"),
    iconv.encode(
      [
        "STATE;Cycle;submitted_on;Element;Answer;measure;sex",
        "France;2020;2020-05-01;II.A.2(b)(ii);Oui;;",
        "France;2020;2020-05-01;II.B.2.ii;Non;;",
        "Pérou;2020;2020-05-03;III.A;1.234;marked;",
        "Espagne;2020;2020-05-04;II.A.1.a.ii;12;trainees;femmes",
        "Espagne;2020;2020-05-04;II.A.1.a.ii;20;trainees;hommes"
      ].join("\r\n") + "\r\n",
      "win1252"
    )
  )
  writeFileSync(
    join(reports, "2020", "france-revised.csv"),
    [
      "state,cycle,submitted_on,element,answer",
      "FRA,2020,2020-06-15,II.A.2.b.ii,Yes",
      "FRA,2020,2020-06-15,II.B.2.ii,Yes",
      "FRA,2020,03/04/2020,II.B.2.iii,Yes"
    ].join("\n") + "\n"
  )
  return dir
}
