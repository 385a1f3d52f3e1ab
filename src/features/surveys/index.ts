export { SurveysScreen } from './SurveysScreen';
export { KioskScreen } from './KioskScreen';
