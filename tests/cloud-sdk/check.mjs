#!/usr/bin/env node
// Reads destinations with SAP Cloud SDK for JavaScript (@sap-cloud-sdk/connectivity), as an
// application bound to a Destination service instance would, and reports what the SDK saw.
//
//   node check.mjs KEY.json NAME [NAME...]
//
// KEY.json is a Destination service key ({clientid, clientsecret, url, uri, ...}), for example the
// file written by `taskcenter-connect sandbox --write-key KEY.json`. It is handed to the SDK as a
// `destination` service binding in VCAP_SERVICES, the way Cloud Foundry would.
//
// The program (a) lists all destinations (getAllDestinationsFromDestinationService) and
// (b) reads each NAME with getDestination. It prints a JSON summary on stdout.
// Exit code: 0 every NAME was listed and read, 1 otherwise, 2 bad usage.
// CHECK_VERBOSE=1 shows the SDK's own debug log (on stdout, before the summary).
import { readFileSync } from 'node:fs';

const usage = 'usage: node check.mjs DESTINATION_SERVICE_KEY.json DESTINATION_NAME [DESTINATION_NAME...]';

function badUsage(message) {
  process.stderr.write(`check.mjs: ${message}\n${usage}\n`);
  process.exit(2);
}

const [keyFile, ...names] = process.argv.slice(2);
if (!keyFile || keyFile === '-h' || keyFile === '--help' || names.length === 0) {
  badUsage('a service key file and at least one destination name are required');
}
let key;
try {
  key = JSON.parse(readFileSync(keyFile, 'utf8'));
} catch (e) {
  badUsage(`cannot read the service key ${keyFile}: ${e.message}`);
}
// A key as shown in the cockpit may wrap the credentials in {"credentials": {...}}.
if (key && typeof key === 'object' && key.credentials && !key.clientid) {
  key = key.credentials;
}
const missing = ['clientid', 'clientsecret', 'url', 'uri'].filter(f => typeof key?.[f] !== 'string' || !key[f]);
if (missing.length) {
  badUsage(`the service key ${keyFile} lacks ${missing.join(', ')}`);
}

// The binding exactly as Cloud Foundry puts it into VCAP_SERVICES. The SDK (through @sap/xsenv)
// reads VCAP_SERVICES on every lookup and selects the binding by label "destination".
process.env.VCAP_SERVICES = JSON.stringify({
  destination: [{
    name: 'taskcenter-connect-destination',
    label: 'destination',
    plan: 'lite',
    tags: ['destination', 'conn', 'connsvc'],
    credentials: key
  }]
});
// The service runs on 127.0.0.1; a proxy from the environment must not be used for it.
for (const v of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) {
  delete process.env[v];
}

const { getAllDestinationsFromDestinationService, getDestination } = await import('@sap-cloud-sdk/connectivity');
const { muteLoggers, setGlobalLogLevel } = await import('@sap-cloud-sdk/util');
if (process.env.CHECK_VERBOSE) {
  setGlobalLogLevel('debug');
} else {
  muteLoggers(); // keep stdout for the summary; failures are reported with their full cause below
}

// Authentication types for which getDestination needs the JWT of a logged-in user: the SDK verifies
// that JWT against the XSUAA binding (https://<uaadomain>/token_keys) and exchanges it at
// https://<subdomain>.<uaadomain>/oauth/token. A sandbox on plain http has neither, and a check run
// has no user. For these, getDestination still performs its first request, the destination lookup
// (GET .../destinations/NAME?$skipTokenRetrieval=true), and only then stops with the error below;
// the check accepts exactly that error, together with the destination's listing, as "read".
const userFlows = new Set(['OAuth2UserTokenExchange', 'OAuth2JWTBearer', 'SAMLAssertion', 'PrincipalPropagation']);
const needsUserJwt = props =>
  userFlows.has(props.Authentication) ||
  (props.Authentication === 'OAuth2SAMLBearerAssertion' && !props.SystemUser);
const userJwtMissing = /^No user token \(JWT\) has been provided\. This is strictly necessary for '([^']+)'\.$/;

function errorText(e) {
  const parts = [];
  for (let c = e, depth = 0; c && depth < 6; c = c.cause, depth++) {
    let text = c.message || String(c);
    const status = c.response?.status;
    if (status) {
      text += ` [HTTP ${status} ${c.config?.method?.toUpperCase() ?? ''} ${c.config?.url ?? ''}: ${JSON.stringify(c.response.data)}]`;
    }
    parts.push(text);
  }
  return parts.join(' <- caused by: ');
}

// Destination properties as the SDK hands them to an application. For a destination read with token
// retrieval, originalProperties is the whole "find destination" response and the configured
// properties sit in originalProperties.destinationConfiguration.
function configuredProperties(destination) {
  const original = destination.originalProperties ?? {};
  return original.destinationConfiguration ?? original;
}
function tcProperties(props) {
  return Object.fromEntries(Object.entries(props).filter(([k]) => k.startsWith('tc.')));
}

const summary = { ok: false, serviceUri: key.uri, tokenUrl: key.url, listed: [], destinations: [], problems: [] };
let exitCode = 1;
const overall = setTimeout(() => {
  summary.problems.push('the SDK did not finish within 120 s');
  finish();
}, 120_000);

function finish() {
  clearTimeout(overall);
  summary.ok = summary.problems.length === 0;
  exitCode = summary.ok ? 0 : 1;
  process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  if (!summary.ok) {
    process.stderr.write(`check.mjs: FAILED\n  ${summary.problems.join('\n  ')}\n`);
  }
  process.exit(exitCode);
}

// (a) List: GET .../instanceDestinations and .../subaccountDestinations.
let listed = [];
try {
  listed = await getAllDestinationsFromDestinationService();
  summary.listed = listed.map(d => d.name);
} catch (e) {
  summary.problems.push(`listing destinations failed: ${errorText(e)}`);
}

// (b) Read each destination by name.
for (const name of names) {
  const entry = { name, listed: summary.listed.includes(name), read: false };
  summary.destinations.push(entry);
  if (!entry.listed) {
    summary.problems.push(`${name}: not in the list of destinations`);
  }
  const fromList = listed.find(d => d.name === name);
  let destination;
  try {
    destination = await getDestination({ destinationName: name });
    if (!destination) {
      summary.problems.push(`${name}: getDestination found no destination of that name`);
    }
  } catch (e) {
    const m = userJwtMissing.exec(e.message);
    if (m && fromList && needsUserJwt(fromList.originalProperties) && m[1] === fromList.authentication) {
      entry.read = true;
      entry.readVia = 'getDestination up to the user token exchange (needs an XSUAA user JWT); properties from the listing';
      destination = fromList;
    } else {
      summary.problems.push(`${name}: getDestination failed: ${errorText(e)}`);
    }
  }
  if (!destination) {
    continue;
  }
  entry.read = true;
  entry.readVia ??= 'getDestination';
  const props = configuredProperties(destination);
  Object.assign(entry, {
    url: destination.url,
    authentication: destination.authentication,
    type: destination.type,
    proxyType: destination.proxyType,
    tcEnabled: props['tc.enabled'] ?? null,
    tcPropertiesInOriginalProperties: tcProperties(props),
    authTokens: (destination.authTokens ?? []).map(t => ({ type: t.type, error: t.error ?? null, hasValue: !!t.value }))
  });
  if (destination.name !== name) {
    summary.problems.push(`${name}: getDestination returned a destination named ${JSON.stringify(destination.name)}`);
  }
  if (fromList) {
    for (const [field, got] of [['url', destination.url], ['authentication', destination.authentication]]) {
      if (fromList[field] !== got) {
        summary.problems.push(`${name}: ${field} differs between list (${JSON.stringify(fromList[field])}) and read (${JSON.stringify(got)})`);
      }
    }
    const listedTc = JSON.stringify(tcProperties(fromList.originalProperties ?? {}));
    if (listedTc !== JSON.stringify(entry.tcPropertiesInOriginalProperties)) {
      summary.problems.push(`${name}: tc.* properties differ between list (${listedTc}) and read (${JSON.stringify(entry.tcPropertiesInOriginalProperties)})`);
    }
  }
}

finish();
