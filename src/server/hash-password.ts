import { stdin } from 'node:process';
import { hashPassword } from './password-hash.ts';

/**
 * `node --import tsx src/server/hash-password.ts alice` then type the password and Ctrl-D, or
 * `printf %s "$PASSWORD" | node --import tsx src/server/hash-password.ts alice`: prints the
 * `alice:<hash>` entry for SWITCHBOARD_BASIC_AUTH. The password is read from stdin, never argv (shell history).
 */
async function main(): Promise<void> {
  const user = process.argv[2] ?? '';
  if (!user || user.includes(':') || user.includes(',')) {
    console.error(
      'usage: node --import tsx src/server/hash-password.ts USER < password (USER without : or ,)',
    );
    process.exit(2);
  }
  if (stdin.isTTY) console.error(`Password for ${user} (then Enter and Ctrl-D):`);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (password.length < 8) {
    console.error('The password must have at least 8 characters.');
    process.exit(2);
  }
  console.log(`${user}:${hashPassword(password)}`);
}

void main();
