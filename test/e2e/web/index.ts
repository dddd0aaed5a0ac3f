// The web tests' entry (extensionTestsPath): VS Code for the Web loads this module into its
// extension host, a web worker, and awaits run(). run.ts bundles it with the suite for the browser
// into out/web-test/index.js, inside the extension folder (the test server serves it from there).
import 'mocha/mocha'; // mocha's browser build: sets the global `mocha`

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
    // Registers the suite's describe/it on the globals that setup() has just defined.
    require('./extension.test');
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} of the web tests failed`)) : resolve()));
  });
}
