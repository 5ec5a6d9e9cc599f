#include "sandbox/RsaKeys.h"

#include <QMutex>
#include <QMutexLocker>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <vector>

namespace RsaKeys {

namespace {

struct Reuse
{
    QMutex mutex; // the demo's keys are made on a thread of their own
    int distinct = 0;
    std::vector<EVP_PKEY *> keys; // kept for the life of the process
    size_t next = 0;
};

Reuse &reuse()
{
    static Reuse instance;
    return instance;
}

} // namespace

evp_pkey_st *generate()
{
    Reuse &state = reuse();
    QMutexLocker lock(&state.mutex);
    if (state.distinct <= 0)
        return EVP_RSA_gen(2048);
    if (state.keys.size() < size_t(state.distinct)) {
        EVP_PKEY *key = EVP_RSA_gen(2048);
        if (!key)
            return nullptr;
        state.keys.push_back(key);
    }
    EVP_PKEY *key = state.keys.at(state.next++ % state.keys.size());
    return EVP_PKEY_up_ref(key) == 1 ? key : nullptr;
}

void reuseWithinProcess(int distinct)
{
    Reuse &state = reuse();
    QMutexLocker lock(&state.mutex);
    state.distinct = distinct;
}

} // namespace RsaKeys
