export { foldText, queryWords, searchWords } from './fold';
