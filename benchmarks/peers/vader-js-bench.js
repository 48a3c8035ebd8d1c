// Sentiment throughput of vader-sentiment (a JavaScript port of VADER) over a file with one text unit per line.
// Usage: node vader-js-bench.js UNITS.txt [MODULE_DIR]
// Prints one JSON line: units, chars (UTF-16 code units, as .NET counts them), seconds of the scoring loop only
// (reading the file and loading the module are not timed), and chars per second. A warm-up pass over the first
// 2,000 lines runs first so the JIT has compiled the hot paths, as BenchmarkDotNet's warm-up does for ours.
'use strict';
const fs = require('fs');
const path = require('path');

const file = process.argv[2];
const moduleDir = process.argv[3] || path.join(__dirname, '.work', 'node_modules');
const vader = require(path.join(moduleDir, 'vader-sentiment'));
const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
let chars = 0;
for (const l of lines) chars += l.length;

let sink = 0;
for (const l of lines.slice(0, 2000)) sink += vader.SentimentIntensityAnalyzer.polarity_scores(l).compound;

const start = process.hrtime.bigint();
for (const l of lines) sink += vader.SentimentIntensityAnalyzer.polarity_scores(l).compound;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ peer: 'vader-sentiment (JavaScript)', units: lines.length, chars, seconds, charsPerSecond: chars / seconds, checksum: sink }));
