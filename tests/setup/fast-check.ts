import fc from 'fast-check';

/**
 * Property tests run with a fixed seed so that CI is reproducible; set FC_SEED to explore other inputs locally
 * (a failure prints its seed and counterexample: add the counterexample as a unit test, then fix).
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261121) });
