#pragma once

struct evp_pkey_st;

// The sandbox's RSA keys (its token signing key and its certificates' keys), 2048 bits as SAP's are.
// Making one takes OpenSSL a quarter of a second or more, which was most of the test suite's time: a test
// program that starts hundreds of sandboxes asks to reuse a few keys made once per process. The keys stay
// real keys, only fewer; the demo and the sandbox command make a new key each time.
namespace RsaKeys {

// A 2048-bit RSA key the caller owns (EVP_PKEY_free), or null when OpenSSL cannot make one.
evp_pkey_st *generate();

// From now on, generate() makes `distinct` keys at most and then hands them out again in turn, so that keys
// asked for one after the other (a sandbox's signing key and its trust certificate's) still differ.
void reuseWithinProcess(int distinct = 3);

} // namespace RsaKeys
