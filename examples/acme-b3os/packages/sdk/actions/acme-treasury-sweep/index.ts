export { AcmeTreasurySweepAction } from './execute';
