export { kzControlDigit } from './kz-checksum';
export { validateIin, crossCheckBirthDate, maskIin } from './iin';
export type { IinResult, IinInfo, IinErrorReason, IinSex, BirthDateCheck } from './iin';
export { validateBin } from './bin';
export type { BinResult, BinInfo, BinErrorReason, BinEntityType, BinUnit } from './bin';
