// Whether the CLI's stylish output is coloured when neither --color nor --no-color is given.

/**
 * Colours unless told otherwise: FORCE_COLOR (other than 0 or false) turns them on even into a pipe,
 * NO_COLOR and TERM=dumb off; else on for a terminal. --color and --no-color override all of these.
 */
export function colourByDefault(env: NodeJS.ProcessEnv, tty: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return tty && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
}
