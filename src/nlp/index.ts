// Public API of the nlp stage: other stages import only this file.
export { analyzeReport, reportedIncidents } from "./extract.js";
export { withoutFurniture } from "./furniture.js";
export { normalizeArabic, withoutArticle, comparableName, placeNamesProvince, CLITIC_PREFIX_SOURCE } from "./normalize.js";
export * from "./types.js";
export * from "./taxonomy.js";
export { placeById, placeInEnglish, km } from "./gazetteer.js";
export { regionById, regionOf, possibleProvinces, REGIONS, type Region } from "./data/regions.js";
export { PLACE_DATA, type PlaceLike } from "./places-source.js";
export { FOLLOW_UP_CUES, CORRECTION_CUES, AFTERMATH_CUES, RENEWED_CUES, ANOTHER_HIT_CUES, UNPLACED_FOLLOW_UP_KINDS, type AftermathKind } from "./data/followups.js";
export {
  SIMILARITY_ARTICLE_PREFIXES, SIMILARITY_CLITIC_LETTERS, SIMILARITY_ADJECTIVE_ENDING, SIMILARITY_STOP_WORDS, SIMILARITY_GENERIC_WORDS,
  DEFUSED_CUES, DEVICE_WORDS, BLAST_WORDS, HEARD_WORDS,
} from "./data/similarity.js";
export { DEPOT } from "./data/incident-words.js";
export { VILLAGE_WORD, NOT_A_VILLAGE_NAME } from "./data/location-words.js";
export { readFollowUp, readSiteStatement, type FollowUpCue } from "./followup.js";
export { isTollRise } from "./toll-rise.js";
export { statesToll, victimsTold, combinedBeyondSplit, splitsCombined, tollRoseSince, type Toll } from "./toll.js";
export { TYPED_NAME_ALIASES } from "./data/typed-names.js";
export { perpetratorInEnglish, unknownPerpetrator } from "./perpetrator.js";
