export type { DocColumn, LetterheadProps, PrintSheetProps } from './PrintSheet';
export {
  DocSection,
  DocTable,
  FieldList,
  Letterhead,
  PrintSheet,
  ScaleBoxes,
  WriteLines,
} from './PrintSheet';
export type { PageRulesText } from './pageRules';
