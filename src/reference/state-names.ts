import countries from "i18n-iso-countries"

// Report languages we accept names in (the working languages reports arrive in).
const LANGUAGES: ReadonlyArray<string> = ["en", "fr", "es"]

/** Every name i18n-iso-countries knows for an ISO alpha-2 code in English, French and Spanish, aliases included. */
export const isoNames = (iso2: string): ReadonlyArray<string> =>
  iso2 === ""
    ? []
    : LANGUAGES.flatMap((language) => countries.getName(iso2, language, { select: "all" }) ?? [])
