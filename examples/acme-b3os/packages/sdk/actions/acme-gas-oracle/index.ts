export { AcmeGasOracleAction } from './execute';
