'use strict';
// Preload for the reliability tests (`node --require block-network.cjs …`, or through NODE_OPTIONS):
// replaces every way Node opens a network connection, listens for one or resolves a name — and,
// since a program started from here would escape this preload, every way it starts a process —
// with a function that records the attempt and throws.
//
// Records go, one JSON object a line, to the file named by COOPSPEC_NET_LOG (nothing is recorded
// without it, but the attempts still throw):
//   {"event":"preload","pid":…}                         this module was loaded in process pid
//   {"event":"attempt","api":"net.connect","pid":…,"target":"example.org:443"}
// so a test can tell that the preload was active (no vacuous pass) and that nothing was attempted.
//
// What it covers: net (connect, createConnection, Socket#connect, Server#listen), tls.connect,
// dns (lookup, lookupService, reverse, resolve*, the Resolver classes and dns.promises),
// http/https (request, get, Agent#createConnection), http2.connect, dgram (createSocket,
// Socket#bind/connect/send), globalThis.fetch / WebSocket / EventSource, and child_process. What it
// cannot cover — a native addon, or process.binding('tcp_wrap') — the network-namespace test does.

const fs = require('node:fs');

const LOG = process.env.COOPSPEC_NET_LOG;

function write(entry) {
  if (!LOG) return;
  try {
    fs.appendFileSync(LOG, `${JSON.stringify({ ...entry, pid: process.pid })}\n`);
  } catch {
    // The log cannot be written: the attempt still throws below.
  }
}

/** Where an attempt was going, from its arguments: host:port, a path, a URL or a host name. */
function target(args) {
  const parts = [];
  for (const a of args.slice(0, 3)) {
    if (typeof a === 'string' || typeof a === 'number') parts.push(String(a));
    else if (a instanceof URL) parts.push(a.href);
    else if (Array.isArray(a) && a[0] && typeof a[0] === 'object') parts.push(target([a[0]]));
    else if (a && typeof a === 'object') {
      if (typeof a.url === 'string') parts.push(a.url);
      const host = a.host ?? a.hostname;
      if (host !== undefined || a.port !== undefined) parts.push(`${host ?? ''}:${a.port ?? ''}`);
      if (typeof a.path === 'string') parts.push(a.path);
      if (typeof a.type === 'string') parts.push(a.type);
    }
  }
  return parts.join(' ').slice(0, 200);
}

function blocked(api) {
  return function blockedByTestPreload(...args) {
    write({ event: 'attempt', api, target: target(args) });
    const e = new Error(`${api} is blocked: the reliability tests forbid network access and new processes`);
    e.code = 'ECOOPSPECBLOCKED';
    throw e;
  };
}

function replace(owner, name, api) {
  if (!owner) return;
  if (typeof owner[name] !== 'function') return;
  Object.defineProperty(owner, name, { value: blocked(api), writable: true, configurable: true, enumerable: true });
}

const net = require('node:net');
replace(net, 'connect', 'net.connect');
replace(net, 'createConnection', 'net.createConnection');
replace(net.Socket.prototype, 'connect', 'net.Socket#connect');
replace(net.Server.prototype, 'listen', 'net.Server#listen');

const tls = require('node:tls');
replace(tls, 'connect', 'tls.connect');

const dns = require('node:dns');
const DNS_METHODS = (o) =>
  Object.getOwnPropertyNames(o).filter((k) => /^(lookup|lookupService|reverse|resolve\w*)$/.test(k) && typeof o[k] === 'function');
for (const k of DNS_METHODS(dns)) replace(dns, k, `dns.${k}`);
for (const k of DNS_METHODS(dns.Resolver.prototype)) replace(dns.Resolver.prototype, k, `dns.Resolver#${k}`);
for (const k of DNS_METHODS(dns.promises)) replace(dns.promises, k, `dns.promises.${k}`);
for (const k of DNS_METHODS(dns.promises.Resolver.prototype)) replace(dns.promises.Resolver.prototype, k, `dns.promises.Resolver#${k}`);

for (const name of ['http', 'https']) {
  const m = require(`node:${name}`);
  replace(m, 'request', `${name}.request`);
  replace(m, 'get', `${name}.get`);
  replace(m.Agent.prototype, 'createConnection', `${name}.Agent#createConnection`);
}

const http2 = require('node:http2');
replace(http2, 'connect', 'http2.connect');

const dgram = require('node:dgram');
replace(dgram, 'createSocket', 'dgram.createSocket');
for (const k of ['bind', 'connect', 'send']) replace(dgram.Socket.prototype, k, `dgram.Socket#${k}`);

for (const k of ['fetch', 'WebSocket', 'EventSource']) {
  if (typeof globalThis[k] === 'function') replace(globalThis, k, k);
}

const childProcess = require('node:child_process');
for (const k of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'])
  replace(childProcess, k, `child_process.${k}`);

// `import { connect } from 'node:net'` in an ES module sees the replacements too.
require('node:module').syncBuiltinESMExports();

write({ event: 'preload' });
