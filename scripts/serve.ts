import { spawn } from 'node:child_process';

/** Serves the built site (dist/) at http://localhost:$PORT (default 4321). */
const port = process.env.PORT ?? '4321';
const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', port, '--host', '0.0.0.0'], {
	stdio: 'inherit',
});
child.on('exit', (code) => {
	process.exitCode = code ?? 0;
});
