export type { ClosureRange, ServiceArea, StaffMember, StudioProfile, SubCause } from './settings';
export { EMPTY_STUDIO_PROFILE, sortClosures } from './settings';
export type { SettingsErrors, SettingsMessage, SettingsResult } from './validation';
export {
  SETTINGS_LIMITS,
  STANDARD_DAYS_RANGE,
  isValidVatNumber,
  validateClosure,
  validateListEntry,
  validateStaffMember,
  validateStandards,
  validateStudioProfile,
} from './validation';
