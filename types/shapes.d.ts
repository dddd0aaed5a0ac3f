// Every shape of each format, by its schema's name (`Formats.ContactRecord.Agent`), generated
// from the schemas into types/formats/ (scripts/generate-types.ts); exported as `Formats`.
export * as Contact from './formats/contact';
export * as Contact202608 from './formats/contact-2026-08';
export * as ContactFlowEvent from './formats/contact-flow-event';
export * as ContactRecord from './formats/contact-record';
export * as ContactEvent from './formats/contact-event';
