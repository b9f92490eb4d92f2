// Runs a node script in this process and reports its peak resident memory on stderr at exit:
//   node rss.cjs SCRIPT ARGS...   ->   stderr line "maxrss-kb N"
const script = require('node:path').resolve(process.argv[2]);
process.argv.splice(1, 2, script);
process.on('exit', () => process.stderr.write(`\nmaxrss-kb ${process.resourceUsage().maxRSS}\n`));
require(script);
