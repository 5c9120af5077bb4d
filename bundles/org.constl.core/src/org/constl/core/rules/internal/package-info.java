/**
 * The built-in rule types and what they rest on: JavaScript's view of decoded values, V8's date
 * parser, multiformats' CID text parser and geojson-validation, reproduced as ipa runs them.
 */
package org.constl.core.rules.internal;
