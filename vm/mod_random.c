// SPDX-License-Identifier: MIT
/**
 * @file mod_random.c
 * @brief The random module: the Mersenne Twister and everything CPython's
 *        random.py builds on it, giving the same numbers as CPython 3.11.
 *
 * ## The generator
 *
 * MT19937 (Matsumoto and Nishimura, 1998): 624 words of state, regenerated
 * all at once every 624 outputs ("twist"), each output "tempered" by a few
 * shifts and masks. It is what CPython's `_random` module uses, so the same
 * seed gives the same 32-bit words here and there, and everything above the
 * words is CPython's arithmetic done in the same order:
 *
 * - random(): two words a and b; (a>>5 * 2**26 + b>>6) / 2**53.
 * - getrandbits(k): ceil(k/32) words, the first word the least significant,
 *   the last one shifted right to keep only the bits needed.
 * - randbelow(n) (random.py's _randbelow_with_getrandbits): draw
 *   getrandbits(n.bit_length()) until it is below n. randrange(), randint(),
 *   choice(), shuffle() and sample() are built on it exactly as random.py
 *   builds them, so they consume the same words in the same order.
 *
 * ## Seeding (Random.seed)
 *
 * An int seeds with abs(n), cut into 32-bit words from the least
 * significant, fed to init_by_array (a single word 0 for 0). A float seeds
 * with its hash, a str (version 2, the default) with the int whose bytes
 * are its UTF-8 followed by their SHA-512 digest, as random.py does; None
 * (or no argument) seeds from the operating system's entropy source.
 *
 * ## Objects
 *
 * `Random` is a C type whose methods are the functions of random.py's
 * Random class; the module's functions (random.random, random.shuffle, ...)
 * are the bound methods of one hidden instance, as in CPython. Arguments of
 * the methods that random.py writes in Python are bound with Python's rules
 * and messages ("Random.randint() missing 1 required positional argument:
 * 'b'"); arithmetic on the caller's values (uniform's `a + (b-a) * r`, the
 * mu and sigma of gauss) goes through the generic operators, so ints,
 * floats and user types combine as they would in random.py.
 *
 * The shape parameters of the less common distributions (triangular's
 * mode, vonmisesvariate, gammavariate, betavariate, paretovariate, the beta
 * of weibullvariate) are converted to float first, which gives the same
 * results for ints and floats.
 *
 * Known differences from CPython: no DeprecationWarning is printed for a
 * float given to randrange() (the ValueError for a non-integral one is
 * raised); a subclass of Random that overrides random() or getrandbits()
 * does not change what the other methods draw; gauss_next restored by
 * setstate() must be None or a real number; only version-3 states (Python
 * 3's) are accepted by setstate(); a str seed with a version other than 1
 * and 2 is hashed with gilvm's str hash (CPython's is randomised per
 * process); bytes and bytearray seeds do not exist (gilvm has no bytes).
 */
#include "modules.h"

#include <math.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/lock.h"
#include "args.h"
#include "cfunc.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

/* ---- MT19937 ---- */

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER 0x80000000U
#define MT_LOWER 0x7fffffffU

/** A Random instance: the generator's state and the gauss() spare value. */
typedef struct RandomObj {
    Obj base;            /**< header */
    uint32_t mt[MT_N];   /**< the state words */
    uint32_t index;      /**< next word to temper; MT_N means twist first */
    bool has_gauss;      /**< gauss() computed a second value not yet returned */
    double gauss_next;   /**< that value */
} RandomObj;

static Type random_type;

/* Constants of random.py, computed at run time with the C library as Python computes them. */
static double nv_magicconst, sg_magicconst, log4;
static const double twopi = 6.283185307179586; /* math.tau */

static void mt_init(RandomObj *r, uint32_t s)
{
    r->mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + i;
    r->index = MT_N;
}

/* The reference init_by_array: any number of 32-bit key words. */
static void mt_init_by_array(RandomObj *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->mt;
    mt_init(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; /* the state is never all zeros */
    r->index = MT_N;
}

static inline uint32_t mt_twist_word(uint32_t a, uint32_t b, uint32_t m)
{
    uint32_t y = (a & MT_UPPER) | (b & MT_LOWER);
    return m ^ (y >> 1) ^ ((y & 1U) ? MT_MATRIX_A : 0U);
}

/* The next 32-bit output. The caller holds the object's critical section. */
static uint32_t mt_next(RandomObj *r)
{
    uint32_t *mt = r->mt;
    if (r->index >= MT_N) {
        int k;
        for (k = 0; k < MT_N - MT_M; k++)
            mt[k] = mt_twist_word(mt[k], mt[k + 1], mt[k + MT_M]);
        for (; k < MT_N - 1; k++)
            mt[k] = mt_twist_word(mt[k], mt[k + 1], mt[k + (MT_M - MT_N)]);
        mt[MT_N - 1] = mt_twist_word(mt[MT_N - 1], mt[0], mt[MT_M - 1]);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

/* Set gauss()'s spare value (has false: none). */
static void set_gauss(RandomObj *r, bool has, double value)
{
    CritSection cs;
    cs_begin(&cs, &r->base);
    r->has_gauss = has;
    r->gauss_next = value;
    cs_end(&cs);
}

/* random(): a double in [0, 1) with 53 random bits. */
static double draw_double(RandomObj *r)
{
    CritSection cs;
    cs_begin(&cs, &r->base);
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
    cs_end(&cs);
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for 0 < k <= 64. */
static uint64_t draw_bits64(RandomObj *r, int k)
{
    CritSection cs;
    cs_begin(&cs, &r->base);
    uint64_t x;
    if (k <= 32) {
        x = mt_next(r) >> (32 - k);
    } else {
        uint64_t lo = mt_next(r);
        uint64_t hi = mt_next(r) >> (64 - k);
        x = lo | hi << 32;
    }
    cs_end(&cs);
    return x;
}

/* getrandbits(k) for any k > 0, into z. */
static int draw_bits_mpz(RandomObj *r, uint64_t k, mpz_t z)
{
    size_t nwords = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = malloc(nwords * sizeof(uint32_t));
    if (w == NULL) {
        exc_nomemory();
        return -1;
    }
    CritSection cs;
    cs_begin(&cs, &r->base);
    for (size_t i = 0; i < nwords; i++, k -= 32) {
        uint32_t x = mt_next(r);
        w[i] = k < 32 ? x >> (32 - k) : x;
        if (k < 32)
            break;
    }
    cs_end(&cs);
    mpz_import(z, nwords, -1, sizeof(uint32_t), 0, 0, w);
    free(w);
    return 0;
}

/* A uniform integer in [0, n), n >= 1: getrandbits(bit_length(n)) until below n. */
static uint64_t randbelow_u64(RandomObj *r, uint64_t n)
{
    int k = 64 - __builtin_clzll(n);
    uint64_t x;
    do
        x = draw_bits64(r, k);
    while (x >= n);
    return x;
}

/* randbelow for any positive int n (a new int). */
static Value randbelow(RandomObj *r, Value n)
{
    if (IS_SMALLINT(n))
        return int_from_u64(randbelow_u64(r, (uint64_t)AS_SMALLINT(n)));
    mpz_t zn, x;
    mpz_init(zn);
    mpz_init(x);
    int_to_mpz(n, zn);
    uint64_t k = mpz_sizeinbase(zn, 2);
    Value res = VNULL;
    do {
        if (draw_bits_mpz(r, k, x) < 0)
            goto done;
    } while (mpz_cmp(x, zn) >= 0);
    res = int_from_mpz(x);
done:
    mpz_clear(zn);
    mpz_clear(x);
    return res;
}

/* ---- Seeding ---- */

/* Seed with a non-negative integer: its 32-bit words, least significant first. */
static int seed_mpz(RandomObj *r, mpz_srcptr z)
{
    size_t nbits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    size_t nwords = nbits == 0 ? 1 : (nbits - 1) / 32 + 1;
    uint32_t *key = calloc(nwords, sizeof(uint32_t));
    if (key == NULL) {
        exc_nomemory();
        return -1;
    }
    mpz_export(key, NULL, -1, sizeof(uint32_t), 0, 0, z);
    CritSection cs;
    cs_begin(&cs, &r->base);
    mt_init_by_array(r, key, nwords);
    cs_end(&cs);
    free(key);
    return 0;
}

static int seed_u64(RandomObj *r, uint64_t x)
{
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 1, -1, sizeof x, 0, 0, &x);
    int rc = seed_mpz(r, z);
    mpz_clear(z);
    return rc;
}

/* seed(None): 624 words of operating-system entropy, or the time and pid. */
static void seed_entropy(RandomObj *r)
{
    uint32_t key[MT_N];
    size_t len = MT_N;
    if (getrandom(key, sizeof key, GRND_NONBLOCK) != (ssize_t)sizeof key) {
        struct timespec rt, mono;
        clock_gettime(CLOCK_REALTIME, &rt);
        clock_gettime(CLOCK_MONOTONIC, &mono);
        key[0] = (uint32_t)rt.tv_nsec;
        key[1] = (uint32_t)rt.tv_sec;
        key[2] = (uint32_t)getpid();
        key[3] = (uint32_t)mono.tv_nsec;
        key[4] = (uint32_t)mono.tv_sec;
        len = 5;
    }
    CritSection cs;
    cs_begin(&cs, &r->base);
    mt_init_by_array(r, key, len);
    cs_end(&cs);
}

/* SHA-512 (FIPS 180-4), for seeding with a str as random.py does. */
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static inline uint64_t rotr64(uint64_t x, int n)
{
    return (x >> n) | (x << (64 - n));
}

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        uint64_t v = 0;
        for (int b = 0; b < 8; b++)
            v = v << 8 | p[t * 8 + b];
        w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = rotr64(w[t - 15], 1) ^ rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = rotr64(w[t - 2], 19) ^ rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t t1 = hh + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) + ((e & f) ^ (~e & g)) +
                      sha512_k[t] + w[t];
        uint64_t t2 = (rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) +
                      ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

static void sha512(const unsigned char *msg, size_t len, unsigned char out[64])
{
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t full = len / 128;
    for (size_t i = 0; i < full; i++)
        sha512_block(h, msg + i * 128);
    /* Pad: 0x80, zeros, then the length in bits as a 128-bit big-endian number. */
    unsigned char tail[256] = {0};
    size_t rest = len - full * 128;
    memcpy(tail, msg + full * 128, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int b = 0; b < 8; b++)
        tail[tlen - 1 - b] = (unsigned char)(bits >> (8 * b));
    tail[tlen - 9] = (unsigned char)(len >> 61);
    for (size_t i = 0; i < tlen; i += 128)
        sha512_block(h, tail + i);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++)
            out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* seed(str): the int whose big-endian bytes are the UTF-8 text and its SHA-512. */
static int seed_str_sha512(RandomObj *r, Value s)
{
    size_t n = STR_NBYTES(s);
    unsigned char *buf = malloc(n + 64);
    if (buf == NULL) {
        exc_nomemory();
        return -1;
    }
    memcpy(buf, STR_DATA(s), n);
    sha512(buf, n, buf + n);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n + 64, 1, 1, 0, 0, buf);
    free(buf);
    int rc = seed_mpz(r, z);
    mpz_clear(z);
    return rc;
}

/* seed(str, version=1): random.py's old string hash. */
static int seed_str_v1(RandomObj *r, Value s)
{
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    uint64_t x = 0;
    bool first = true;
    while (p < end) {
        size_t len;
        uint32_t c = str_decode_utf8(p, &len);
        p += len;
        if (first)
            x = (uint64_t)c << 7;
        first = false;
        x = (1000003U * x) ^ c;
    }
    x ^= (uint64_t)STR_LEN(s);
    return seed_u64(r, x);
}

/* Random.seed(a, version): random.py's dispatch on the seed's type, then _random's. */
static int random_seed_impl(RandomObj *r, Value a, Value version)
{
    if (a == VNULL)
        a = NONE_VAL;
    if (str_check(a) && version != VNULL) {
        int v1 = obj_eq(version, SMALLINT_VAL(1));
        if (v1 < 0)
            return -1;
        if (v1) {
            set_gauss(r, false, 0.0);
            return seed_str_v1(r, a);
        }
    }
    int rc;
    if (str_check(a)) {
        int v2 = version == VNULL ? 1 : obj_eq(version, SMALLINT_VAL(2));
        if (v2 < 0)
            return -1;
        rc = v2 ? seed_str_sha512(r, a) : seed_u64(r, (uint64_t)str_hash(a));
    } else if (a == NONE_VAL) {
        seed_entropy(r);
        rc = 0;
    } else if (int_check(a)) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(a, z);
        mpz_abs(z, z);
        rc = seed_mpz(r, z);
        mpz_clear(z);
    } else if (float_check(a)) {
        rc = seed_u64(r, (uint64_t)float_hash_double(FLOAT_AS_DOUBLE(a)));
    } else {
        exc_raise(&exc_TypeError, "The only supported seed types are: None,\n"
                                  "int, float, str, bytes, and bytearray.");
        return -1;
    }
    set_gauss(r, false, 0.0);
    return rc;
}

/* ---- Binding arguments with Python's rules (random.py's methods are Python functions) ---- */

/** The signature of a method random.py defines in Python (self not counted). */
typedef struct PySig {
    const char *name;          /**< qualified name for messages ("Random.randrange") */
    const char *const *params; /**< positional-or-keyword names, then keyword-only ones */
    size_t npos;               /**< number of positional-or-keyword parameters */
    size_t nparams;            /**< number of parameters */
    size_t nrequired;          /**< leading parameters without a default */
} PySig;

static int too_many_positional(const PySig *s, size_t nargs, size_t kwonly_given)
{
    size_t given = nargs + 1, max = s->npos + 1, min = s->nrequired + 1;
    char takes[96];
    if (min < max)
        snprintf(takes, sizeof takes, "from %zu to %zu positional arguments", min, max);
    else
        snprintf(takes, sizeof takes, "%zu positional argument%s", max, max == 1 ? "" : "s");
    if (kwonly_given > 0)
        exc_raise(&exc_TypeError,
                  "%s() takes %s but %zu positional argument%s (and %zu keyword-only argument%s) "
                  "were given",
                  s->name, takes, given, given == 1 ? "" : "s", kwonly_given,
                  kwonly_given == 1 ? "" : "s");
    else
        exc_raise(&exc_TypeError, "%s() takes %s but %zu %s given", s->name, takes, given,
                  given == 1 ? "was" : "were");
    return -1;
}

/* Bind a call to @p s: out[i] gets the argument of parameter i (borrowed) or VNULL. */
static int bind(const PySig *s, const Value *args, size_t nargs, Value kwnames, Value *out)
{
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0, kwonly_given = 0;
    for (size_t i = 0; i < s->nparams; i++)
        out[i] = i < nargs && i < s->npos ? args[i] : VNULL;
    for (size_t k = 0; k < nkw; k++) {
        Value kw = TUPLE_ITEMS(kwnames)[k];
        size_t i = 0;
        while (i < s->nparams && !str_eq_cstr(kw, s->params[i]))
            i++;
        if (i == s->nparams) {
            exc_raise(&exc_TypeError, "%s() got an unexpected keyword argument '%U'", s->name, kw);
            return -1;
        }
        if (out[i] != VNULL) {
            exc_raise(&exc_TypeError, "%s() got multiple values for argument '%s'", s->name,
                      s->params[i]);
            return -1;
        }
        out[i] = args[nargs + k];
        if (i >= s->npos)
            kwonly_given++;
    }
    if (nargs > s->npos)
        return too_many_positional(s, nargs, kwonly_given);
    const char *missing[4];
    size_t nmissing = 0;
    for (size_t i = 0; i < s->nrequired; i++)
        if (out[i] == VNULL && nmissing < ARRAY_LEN(missing))
            missing[nmissing++] = s->params[i];
    if (nmissing == 1)
        exc_raise(&exc_TypeError, "%s() missing 1 required positional argument: '%s'", s->name,
                  missing[0]);
    else if (nmissing == 2)
        exc_raise(&exc_TypeError, "%s() missing 2 required positional arguments: '%s' and '%s'",
                  s->name, missing[0], missing[1]);
    return nmissing == 0 ? 0 : -1;
}

#define SIG(var, qual, npos, nreq, ...)                                                            \
    static const char *const var##_params[] = {__VA_ARGS__};                                       \
    static const PySig var = {qual, var##_params, npos, ARRAY_LEN(var##_params), nreq}

/* ---- Small helpers on Python values ---- */

static Value binop_steal(Value a, Value b, BinOp op, bool steal_a, bool steal_b)
{
    Value r = (a == VNULL || b == VNULL) ? VNULL : obj_binop(a, b, op);
    if (steal_a)
        xdecref(a);
    if (steal_b)
        xdecref(b);
    return r;
}

/* mu + z * sigma with the caller's mu and sigma (generic arithmetic); VNULL
 * arguments mean random.py's defaults 0.0 and 1.0. */
static Value shift_scale(double z, Value mu, Value sigma)
{
    Value m = mu != VNULL ? newref(mu) : float_new(0.0);
    Value s = sigma != VNULL ? newref(sigma) : float_new(1.0);
    Value t = binop_steal(float_new(z), s, BINOP_MUL, true, true);
    return binop_steal(m, t, BINOP_ADD, true, true);
}

/* A real number argument as a double (ints, floats, __float__). */
static int real_arg(Value v, double *out)
{
    return float_as_double(v, out);
}

/* list(itertools.accumulate(iterable)): running sums with the generic `+`. */
static Value accumulate(Value iterable)
{
    Value it = obj_iter(iterable);
    if (it == VNULL)
        return VNULL;
    Value out = list_new(0), total = VNULL;
    if (out == VNULL)
        goto fail;
    for (;;) {
        Value item = obj_next(it);
        if (item == VNULL) {
            if (exc_occurred())
                goto fail;
            break;
        }
        if (total == VNULL)
            total = item;
        else {
            total = binop_steal(total, item, BINOP_ADD, true, true);
            if (total == VNULL)
                goto fail;
        }
        if (list_append(out, total) < 0)
            goto fail;
    }
    xdecref(total);
    decref(it);
    return out;
fail:
    xdecref(total);
    xdecref(out);
    decref(it);
    return VNULL;
}

/* bisect.bisect_right(a, x, lo, hi) on a tuple with the generic `<`; -1 on error. */
static int64_t bisect_right(Value a, Value x, int64_t lo, int64_t hi)
{
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        int lt = obj_compare_bool(x, TUPLE_ITEMS(a)[mid], CMP_LT);
        if (lt < 0)
            return -1;
        if (lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* operator.index(v), or int(v) for an integral non-int (randrange's deprecated path). */
static Value index_or_int(Value v, const char *msg)
{
    Value i = obj_index(v);
    if (i != VNULL || !exc_matches(&exc_TypeError))
        return i;
    exc_clear();
    i = int_type.construct(&int_type, &v, 1, VNULL);
    if (i == VNULL)
        return VNULL;
    int ne = obj_compare_bool(i, v, CMP_NE);
    if (ne != 0) {
        decref(i);
        if (ne > 0)
            exc_raise(&exc_ValueError, "%s", msg);
        return VNULL;
    }
    return i;
}

static bool is_sequence(Value v)
{
    return list_check(v) || tuple_check(v) || str_check(v) || TYPE_OF(v) == &range_type;
}

/* ---- Methods ---- */

#define SELF ((RandomObj *)AS_OBJ(self))

static Value rnd_random(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return float_new(draw_double(SELF));
}

static Value rnd_getrandbits(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value kv = obj_index(args[0]);
    if (kv == VNULL)
        return VNULL;
    int64_t k;
    int rc = int_as_i64(kv, &k);
    decref(kv);
    if (rc < 0 || k > INT32_MAX || k < INT32_MIN) {
        if (rc < 0)
            exc_clear();
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    }
    if (k < 0)
        return exc_raise(&exc_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return SMALLINT_VAL(0);
    if (k <= 64)
        return int_from_u64(draw_bits64(SELF, (int)k));
    mpz_t z;
    mpz_init(z);
    Value r = draw_bits_mpz(SELF, (uint64_t)k, z) < 0 ? VNULL : int_from_mpz(z);
    mpz_clear(z);
    return r;
}

SIG(sig_seed, "Random.seed", 2, 0, "a", "version");

static Value rnd_seed(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    if (bind(&sig_seed, args, nargs, kwnames, a) < 0 || random_seed_impl(SELF, a[0], a[1]) < 0)
        return VNULL;
    return newref(NONE_VAL);
}

static const PySig sig_getstate = {"Random.getstate", NULL, 0, 0, 0};

static Value rnd_getstate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value unused[1];
    if (bind(&sig_getstate, args, nargs, kwnames, unused) < 0)
        return VNULL;
    RandomObj *r = SELF;
    Value st = tuple_new(MT_N + 1);
    if (st == VNULL)
        return VNULL;
    CritSection cs;
    cs_begin(&cs, &r->base);
    for (int i = 0; i < MT_N; i++)
        TUPLE_ITEMS(st)[i] = SMALLINT_VAL(r->mt[i]);
    TUPLE_ITEMS(st)[MT_N] = SMALLINT_VAL(r->index);
    bool has_gauss = r->has_gauss;
    double g = r->gauss_next;
    cs_end(&cs);
    Value gv = has_gauss ? float_new(g) : newref(NONE_VAL);
    Value res = gv == VNULL ? VNULL : tuple_pack(3, SMALLINT_VAL(3), st, gv);
    xdecref(gv);
    decref(st);
    return res;
}

/* _random.Random.setstate: 624 words and the index, all checked before any is stored. */
static int set_internal_state(RandomObj *r, Value st)
{
    if (!tuple_check(st) || TUPLE_SIZE(st) != MT_N + 1) {
        if (!tuple_check(st))
            exc_raise(&exc_TypeError, "state vector must be a tuple");
        else
            exc_raise(&exc_ValueError, "state vector is the wrong size");
        return -1;
    }
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Value v = TUPLE_ITEMS(st)[i];
        int64_t w;
        if (!int_check(v)) {
            exc_raise(&exc_TypeError, "an integer is required");
            return -1;
        }
        if (int_sign(v) < 0) {
            exc_raise(&exc_OverflowError, "can't convert negative value to unsigned int");
            return -1;
        }
        if (int_as_i64(v, &w) < 0) {
            mpz_t z; /* 2**63 <= v: only its low 32 bits matter, if it fits 64 bits */
            mpz_init(z);
            int_to_mpz(v, z);
            bool fits = mpz_sizeinbase(z, 2) <= 64;
            w = (int64_t)(mpz_get_ui(z) & 0xffffffffU);
            mpz_clear(z);
            if (!fits)
                return -1;
            exc_clear();
        }
        words[i] = (uint32_t)w;
    }
    Value iv = obj_index(TUPLE_ITEMS(st)[MT_N]);
    int64_t index = -1;
    int rc = iv == VNULL ? -1 : int_as_i64(iv, &index);
    xdecref(iv);
    if (rc < 0)
        return -1;
    if (index < 0 || index > MT_N) {
        exc_raise(&exc_ValueError, "invalid state");
        return -1;
    }
    CritSection cs;
    cs_begin(&cs, &r->base);
    memcpy(r->mt, words, sizeof words);
    r->index = (uint32_t)index;
    cs_end(&cs);
    return 0;
}

SIG(sig_setstate, "Random.setstate", 1, 1, "state");

static Value rnd_setstate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[1];
    if (bind(&sig_setstate, args, nargs, kwnames, a) < 0)
        return VNULL;
    Value version = obj_getitem(a[0], SMALLINT_VAL(0));
    int v3 = version == VNULL ? -1 : obj_eq(version, SMALLINT_VAL(3));
    if (v3 == 0)
        exc_raise(&exc_ValueError,
                  "state with version %S passed to Random.setstate() of version 3", version);
    xdecref(version);
    Value parts = v3 > 0 ? tuple_from_iterable(a[0]) : VNULL;
    if (parts == VNULL)
        return VNULL;
    Value res = VNULL, gauss = TUPLE_SIZE(parts) == 3 ? TUPLE_ITEMS(parts)[2] : NONE_VAL;
    double g = 0.0;
    if (TUPLE_SIZE(parts) < 3)
        exc_raise(&exc_ValueError, "not enough values to unpack (expected 3, got %zu)",
                  TUPLE_SIZE(parts));
    else if (TUPLE_SIZE(parts) > 3)
        exc_raise(&exc_ValueError, "too many values to unpack (expected 3)");
    else if (gauss == NONE_VAL || real_arg(gauss, &g) == 0) {
        set_gauss(SELF, gauss != NONE_VAL, g);
        if (set_internal_state(SELF, TUPLE_ITEMS(parts)[1]) == 0)
            res = newref(NONE_VAL);
    }
    decref(parts);
    return res;
}

SIG(sig_randrange, "Random.randrange", 3, 1, "start", "stop", "step");

static Value randrange_impl(RandomObj *r, Value start, Value stop, Value step)
{
    Value istart = index_or_int(start, "non-integer arg 1 for randrange()");
    if (istart == VNULL)
        return VNULL;
    Value istop = VNULL, istep = VNULL, width = VNULL, n = VNULL, res = VNULL;
    if (stop == VNULL || stop == NONE_VAL) {
        /* random.py: `step is not _ONE`, so only the int 1 itself may be given. */
        if (step != VNULL && step != SMALLINT_VAL(1))
            exc_raise(&exc_TypeError, "Missing a non-None stop argument");
        else if (int_sign(istart) > 0)
            res = randbelow(r, istart);
        else
            exc_raise(&exc_ValueError, "empty range for randrange()");
        goto done;
    }
    istop = index_or_int(stop, "non-integer stop for randrange()");
    if (istop == VNULL)
        goto done;
    width = obj_binop(istop, istart, BINOP_SUB);
    if (width == VNULL)
        goto done;
    istep = step == VNULL ? SMALLINT_VAL(1)
                          : index_or_int(step, "non-integer step for randrange()");
    if (istep == VNULL)
        goto done;
    if (istep == SMALLINT_VAL(1)) {
        if (int_sign(width) > 0)
            res = binop_steal(istart, randbelow(r, width), BINOP_ADD, false, true);
        else
            exc_raise(&exc_ValueError, "empty range for randrange() (%S, %S, %S)", istart, istop,
                      width);
        goto done;
    }
    int sign = int_sign(istep);
    if (sign == 0) {
        exc_raise(&exc_ValueError, "zero step for randrange()");
        goto done;
    }
    /* n = (width + istep -+ 1) // istep */
    n = binop_steal(obj_binop(width, istep, BINOP_ADD), SMALLINT_VAL(sign > 0 ? -1 : 1),
                    BINOP_ADD, true, false);
    n = binop_steal(n, istep, BINOP_FLOORDIV, true, false);
    if (n == VNULL)
        goto done;
    if (int_sign(n) <= 0) {
        exc_raise(&exc_ValueError, "empty range for randrange()");
        goto done;
    }
    res = binop_steal(istep, randbelow(r, n), BINOP_MUL, false, true);
    res = binop_steal(istart, res, BINOP_ADD, false, true);
done:
    decref(istart);
    xdecref(istop);
    xdecref(istep);
    xdecref(width);
    xdecref(n);
    return res;
}

static Value rnd_randrange(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[3];
    if (bind(&sig_randrange, args, nargs, kwnames, a) < 0)
        return VNULL;
    return randrange_impl(SELF, a[0], a[1], a[2]);
}

SIG(sig_randint, "Random.randint", 2, 2, "a", "b");

static Value rnd_randint(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    if (bind(&sig_randint, args, nargs, kwnames, a) < 0)
        return VNULL;
    Value stop = obj_binop(a[1], SMALLINT_VAL(1), BINOP_ADD);
    if (stop == VNULL)
        return VNULL;
    Value r = randrange_impl(SELF, a[0], stop, VNULL);
    decref(stop);
    return r;
}

SIG(sig_choice, "Random.choice", 1, 1, "seq");

static Value rnd_choice(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[1];
    if (bind(&sig_choice, args, nargs, kwnames, a) < 0)
        return VNULL;
    int64_t n = obj_len(a[0]);
    if (n < 0)
        return VNULL;
    if (n == 0)
        return exc_raise(&exc_IndexError, "Cannot choose from an empty sequence");
    return obj_getitem(a[0], SMALLINT_VAL(randbelow_u64(SELF, (uint64_t)n)));
}

SIG(sig_shuffle, "Random.shuffle", 1, 1, "x");

static Value rnd_shuffle(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[1];
    if (bind(&sig_shuffle, args, nargs, kwnames, a) < 0)
        return VNULL;
    Value x = a[0];
    int64_t n = obj_len(x);
    if (n < 0)
        return VNULL;
    for (int64_t i = n - 1; i >= 1; i--) {
        Value vi = SMALLINT_VAL(i);
        Value vj = SMALLINT_VAL(randbelow_u64(SELF, (uint64_t)i + 1));
        /* x[i], x[j] = x[j], x[i] */
        Value xj = obj_getitem(x, vj);
        if (xj == VNULL)
            return VNULL;
        Value xi = obj_getitem(x, vi);
        if (xi == VNULL) {
            decref(xj);
            return VNULL;
        }
        int rc = obj_setitem(x, vi, xj);
        if (rc == 0)
            rc = obj_setitem(x, vj, xi);
        decref(xi);
        decref(xj);
        if (rc < 0)
            return VNULL;
    }
    return newref(NONE_VAL);
}

/** Set of int64 values: an open-addressing table (sample()'s `selected`). */
typedef struct IntSet {
    int64_t *slots; /**< -1 marks an empty slot (members are >= 0) */
    size_t mask;    /**< capacity - 1 (capacity a power of two) */
} IntSet;

/* Add x (>= 0); 1 if added, 0 if already present. */
static int intset_add(IntSet *s, int64_t x)
{
    size_t i = ((uint64_t)x * 0x9E3779B97F4A7C15ULL >> 17) & s->mask;
    while (s->slots[i] != -1) {
        if (s->slots[i] == x)
            return 0;
        i = (i + 1) & s->mask;
    }
    s->slots[i] = x;
    return 1;
}

static Value sample_impl(RandomObj *r, Value population, Value kv, Value counts);

/* sample(..., counts=...): sample positions of the repeated population, then map them back. */
static Value sample_counts(RandomObj *r, Value population, int64_t n, Value kv, Value counts)
{
    Value cum = accumulate(counts), res = VNULL, rng = VNULL, sel = VNULL, total = VNULL;
    if (cum == VNULL)
        return VNULL;
    if ((int64_t)list_size(cum) != n) {
        exc_raise(&exc_ValueError, "The number of counts does not match the population");
        goto done;
    }
    if (n == 0) {
        exc_raise(&exc_IndexError, "pop from empty list");
        goto done;
    }
    total = list_get_ref(cum, n - 1);
    Value cum_t = list_as_tuple(cum);
    if (total == VNULL || cum_t == VNULL)
        goto done;
    setref(&cum, cum_t);
    if (!int_check(total)) {
        exc_raise(&exc_TypeError, "Counts must be integers");
        goto done;
    }
    if (int_sign(total) <= 0) {
        exc_raise(&exc_ValueError, "Total of counts must be greater than zero");
        goto done;
    }
    rng = range_new(SMALLINT_VAL(0), total, SMALLINT_VAL(1));
    sel = rng == VNULL ? VNULL : sample_impl(r, rng, kv, VNULL);
    if (sel == VNULL)
        goto done;
    size_t k = list_size(sel);
    res = list_new(k);
    for (size_t i = 0; i < k && res != VNULL; i++) {
        Value s = list_get_ref(sel, (int64_t)i);
        int64_t pos = s == VNULL ? -1 : bisect_right(cum, s, 0, n - 1);
        xdecref(s);
        Value item = pos < 0 ? VNULL : obj_getitem(population, SMALLINT_VAL(pos));
        if (item == VNULL || list_append(res, item) < 0)
            clearref(&res);
        xdecref(item);
    }
done:
    decref(cum);
    xdecref(total);
    xdecref(rng);
    xdecref(sel);
    return res;
}

static Value sample_impl(RandomObj *r, Value population, Value kv, Value counts)
{
    if (!is_sequence(population))
        return exc_raise(&exc_TypeError,
                         "Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n = obj_len(population);
    if (n < 0)
        return VNULL;
    if (counts != VNULL && counts != NONE_VAL)
        return sample_counts(r, population, n, kv, counts);
    int ok = obj_compare_bool(SMALLINT_VAL(0), kv, CMP_LE);
    if (ok > 0)
        ok = obj_compare_bool(kv, SMALLINT_VAL(n), CMP_LE);
    if (ok <= 0)
        return ok < 0 ? VNULL
                      : exc_raise(&exc_ValueError, "Sample larger than population or is negative");
    /* result = [None] * k */
    Value one = list_from_array((Value[]){NONE_VAL}, 1);
    Value result = binop_steal(one, kv, BINOP_MUL, true, false);
    if (result == VNULL)
        return VNULL;
    int64_t k = (int64_t)list_size(result);
    int64_t setsize = 21; /* size of a small set minus size of an empty list */
    if (k > 5) {
        /* 4 ** ceil(log(3k, 4)) with math.log's rounding */
        double e = ceil(log((double)(k * 3)) / log4);
        setsize = e >= 31 ? INT64_MAX : setsize + ((int64_t)1 << (2 * (int)e));
    }
    if (n <= setsize) {
        Value pool = list_from_iterable(population);
        if (pool == VNULL)
            goto fail;
        for (int64_t i = 0; i < k; i++) {
            int64_t j = (int64_t)randbelow_u64(r, (uint64_t)(n - i));
            Value pj = list_get_ref(pool, j), last = VNULL;
            int rc = pj == VNULL ? -1 : list_set(result, i, pj);
            if (rc == 0) {
                last = list_get_ref(pool, n - i - 1);
                rc = last == VNULL ? -1 : list_set(pool, j, last);
            }
            xdecref(pj);
            xdecref(last);
            if (rc < 0) {
                decref(pool);
                goto fail;
            }
        }
        decref(pool);
        return result;
    }
    size_t cap = 16;
    while (cap < 2 * (size_t)k)
        cap *= 2;
    IntSet selected = {malloc(cap * sizeof(int64_t)), cap - 1};
    if (selected.slots == NULL) {
        exc_nomemory();
        goto fail;
    }
    memset(selected.slots, 0xff, cap * sizeof(int64_t));
    for (int64_t i = 0; i < k; i++) {
        int64_t j;
        do
            j = (int64_t)randbelow_u64(r, (uint64_t)n);
        while (!intset_add(&selected, j));
        Value item = obj_getitem(population, SMALLINT_VAL(j));
        int rc = item == VNULL ? -1 : list_set(result, i, item);
        xdecref(item);
        if (rc < 0) {
            free(selected.slots);
            goto fail;
        }
    }
    free(selected.slots);
    return result;
fail:
    decref(result);
    return VNULL;
}

SIG(sig_sample, "Random.sample", 2, 2, "population", "k", "counts");

static Value rnd_sample(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[3];
    if (bind(&sig_sample, args, nargs, kwnames, a) < 0)
        return VNULL;
    return sample_impl(SELF, a[0], a[1], a[2]);
}

/* population[i] for each of k weighted picks: bisect over cum_weights (a tuple
 * copy of them), whose last item was @p last (stolen). */
static Value choices_weighted(RandomObj *r, Value population, Value cw, Value last, int64_t n,
                              int64_t k)
{
    Value zero = float_new(0.0);
    Value total = binop_steal(last, zero, BINOP_ADD, true, false);
    if (total == VNULL) {
        xdecref(zero);
        return VNULL;
    }
    Value res = VNULL;
    double t;
    int le = obj_compare_bool(total, zero, CMP_LE);
    decref(zero);
    if (le != 0) {
        if (le > 0)
            exc_raise(&exc_ValueError, "Total of weights must be greater than zero");
        goto done;
    }
    if (real_arg(total, &t) < 0)
        goto done;
    if (!isfinite(t)) {
        exc_raise(&exc_ValueError, "Total of weights must be finite");
        goto done;
    }
    res = list_new((size_t)k);
    for (int64_t i = 0; i < k && res != VNULL; i++) {
        Value x = binop_steal(float_new(draw_double(r)), total, BINOP_MUL, true, false);
        int64_t pos = x == VNULL ? -1 : bisect_right(cw, x, 0, n - 1);
        xdecref(x);
        Value item = pos < 0 ? VNULL : obj_getitem(population, SMALLINT_VAL(pos));
        if (item == VNULL || list_append(res, item) < 0)
            clearref(&res);
        xdecref(item);
    }
done:
    decref(total);
    return res;
}

SIG(sig_choices, "Random.choices", 2, 1, "population", "weights", "cum_weights", "k");

static Value rnd_choices(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[4];
    if (bind(&sig_choices, args, nargs, kwnames, a) < 0)
        return VNULL;
    RandomObj *r = SELF;
    Value population = a[0], weights = a[1] == NONE_VAL ? VNULL : a[1];
    Value cum = a[2] == NONE_VAL ? VNULL : a[2];
    int64_t n = obj_len(population);
    if (n < 0)
        return VNULL;
    int64_t k = 1;
    if (a[3] != VNULL) {
        Value kv = obj_index(a[3]);
        if (kv == VNULL)
            return VNULL;
        int rc = int_as_i64(kv, &k);
        decref(kv);
        if (rc < 0)
            return VNULL;
        if (k < 0)
            k = 0;
    }
    if (cum == VNULL && weights == VNULL) {
        double dn = (double)n;
        Value res = list_new((size_t)k);
        for (int64_t i = 0; i < k && res != VNULL; i++) {
            Value idx = int_from_double(floor(draw_double(r) * dn));
            Value item = idx == VNULL ? VNULL : obj_getitem(population, idx);
            xdecref(idx);
            if (item == VNULL || list_append(res, item) < 0)
                clearref(&res);
            xdecref(item);
        }
        return res;
    }
    Value cw;
    if (cum == VNULL) {
        cw = accumulate(weights);
        if (cw == VNULL) {
            if (exc_matches(&exc_TypeError) && int_check(weights)) {
                exc_clear();
                return exc_raise(&exc_TypeError,
                                 "The number of choices must be a keyword argument: k=%R", weights);
            }
            return VNULL;
        }
    } else if (weights != VNULL) {
        return exc_raise(&exc_TypeError, "Cannot specify both weights and cumulative weights");
    } else {
        cw = newref(cum);
    }
    Value res = VNULL;
    int64_t ncw = obj_len(cw);
    if (ncw < 0)
        goto done;
    if (ncw != n) {
        exc_raise(&exc_ValueError, "The number of weights does not match the population");
        goto done;
    }
    Value last = obj_getitem(cw, SMALLINT_VAL(-1));
    if (last == VNULL)
        goto done;
    Value snapshot = tuple_check(cw) ? newref(cw) : tuple_from_iterable(cw);
    if (snapshot == VNULL) {
        decref(last);
        goto done;
    }
    setref(&cw, snapshot);
    res = choices_weighted(r, population, cw, last, n, k);
done:
    decref(cw);
    return res;
}

SIG(sig_uniform, "Random.uniform", 2, 2, "a", "b");

static Value rnd_uniform(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    if (bind(&sig_uniform, args, nargs, kwnames, a) < 0)
        return VNULL;
    /* a + (b - a) * self.random() */
    Value d = obj_binop(a[1], a[0], BINOP_SUB);
    if (d == VNULL)
        return VNULL;
    Value t = binop_steal(d, float_new(draw_double(SELF)), BINOP_MUL, true, true);
    return binop_steal(a[0], t, BINOP_ADD, false, true);
}

SIG(sig_triangular, "Random.triangular", 3, 0, "low", "high", "mode");

static Value rnd_triangular(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[3];
    if (bind(&sig_triangular, args, nargs, kwnames, a) < 0)
        return VNULL;
    Value low = a[0] != VNULL ? newref(a[0]) : float_new(0.0);
    Value high = a[1] != VNULL ? newref(a[1]) : float_new(1.0);
    Value res = VNULL;
    double u = draw_double(SELF), c = 0.5;
    if (low == VNULL || high == VNULL)
        goto done;
    if (a[2] != VNULL && a[2] != NONE_VAL) {
        /* c = (mode - low) / (high - low); a zero width gives low itself */
        Value num = obj_binop(a[2], low, BINOP_SUB);
        Value den = num == VNULL ? VNULL : obj_binop(high, low, BINOP_SUB);
        Value cv = binop_steal(num, den, BINOP_TRUEDIV, true, true);
        if (cv == VNULL && exc_matches(&exc_ZeroDivisionError)) {
            exc_clear();
            res = newref(low);
            goto done;
        }
        int rc = cv == VNULL ? -1 : real_arg(cv, &c);
        xdecref(cv);
        if (rc < 0)
            goto done;
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        Value t = low;
        low = high;
        high = t;
    }
    /* low + (high - low) * sqrt(u * c) */
    Value span = obj_binop(high, low, BINOP_SUB);
    res = binop_steal(span, float_new(sqrt(u * c)), BINOP_MUL, true, true);
    res = binop_steal(low, res, BINOP_ADD, false, true);
done:
    xdecref(low);
    xdecref(high);
    return res;
}

/* A standard normal deviate (Kinderman and Monahan), as normalvariate() draws it. */
static double normal_z(RandomObj *r)
{
    for (;;) {
        double u1 = draw_double(r);
        double u2 = 1.0 - draw_double(r);
        double z = nv_magicconst * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2))
            return z;
    }
}

SIG(sig_normalvariate, "Random.normalvariate", 2, 0, "mu", "sigma");

static Value rnd_normalvariate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    if (bind(&sig_normalvariate, args, nargs, kwnames, a) < 0)
        return VNULL;
    return shift_scale(normal_z(SELF), a[0], a[1]);
}

SIG(sig_gauss, "Random.gauss", 2, 0, "mu", "sigma");

static Value rnd_gauss(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    if (bind(&sig_gauss, args, nargs, kwnames, a) < 0)
        return VNULL;
    RandomObj *r = SELF;
    CritSection cs;
    cs_begin(&cs, &r->base);
    bool has = r->has_gauss;
    double z = r->gauss_next;
    r->has_gauss = false;
    cs_end(&cs);
    if (!has) {
        double x2pi = draw_double(r) * twopi;
        double g2rad = sqrt(-2.0 * log(1.0 - draw_double(r)));
        z = cos(x2pi) * g2rad;
        set_gauss(r, true, sin(x2pi) * g2rad);
    }
    return shift_scale(z, a[0], a[1]);
}

SIG(sig_lognormvariate, "Random.lognormvariate", 2, 2, "mu", "sigma");

static Value rnd_lognormvariate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    if (bind(&sig_lognormvariate, args, nargs, kwnames, a) < 0)
        return VNULL;
    Value v = shift_scale(normal_z(SELF), a[0], a[1]);
    double x;
    int rc = v == VNULL ? -1 : real_arg(v, &x);
    xdecref(v);
    if (rc < 0)
        return VNULL;
    double e = exp(x);
    if (isinf(e) && isfinite(x))
        return exc_raise(&exc_OverflowError, "math range error");
    return float_new(e);
}

SIG(sig_expovariate, "Random.expovariate", 1, 1, "lambd");

static Value rnd_expovariate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[1];
    if (bind(&sig_expovariate, args, nargs, kwnames, a) < 0)
        return VNULL;
    double num = -log(1.0 - draw_double(SELF));
    return binop_steal(float_new(num), a[0], BINOP_TRUEDIV, true, false);
}

SIG(sig_vonmises, "Random.vonmisesvariate", 2, 2, "mu", "kappa");

static Value rnd_vonmisesvariate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    double mu, kappa;
    if (bind(&sig_vonmises, args, nargs, kwnames, a) < 0 || real_arg(a[0], &mu) < 0 ||
        real_arg(a[1], &kappa) < 0)
        return VNULL;
    RandomObj *r = SELF;
    if (kappa <= 1e-6)
        return float_new(twopi * draw_double(r));
    double s = 0.5 / kappa;
    double rr = s + sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = draw_double(r);
        z = cos(3.141592653589793 * u1);
        double d = z / (rr + z);
        double u2 = draw_double(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d))
            break;
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = draw_double(r);
    if (f < -1.0 || f > 1.0)
        return exc_raise(&exc_ValueError, "math domain error");
    if (u3 > 0.5)
        return float_mod(mu + acos(f), twopi);
    return float_mod(mu - acos(f), twopi);
}

/* gammavariate(alpha, beta) as a double; -1 with an exception set. */
static int gamma_draw(RandomObj *r, double alpha, double beta, double *out)
{
    if (alpha <= 0.0 || beta <= 0.0) {
        exc_raise(&exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return -1;
    }
    if (alpha > 1.0) {
        /* R.C.H. Cheng, "The generation of Gamma variables with non-integral
         * shape parameters", Applied Statistics (1977), 26, No. 1, p71-74. */
        double ainv = sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - log4;
        double ccc = alpha + ainv;
        for (;;) {
            double u1 = draw_double(r);
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            double u2 = 1.0 - draw_double(r);
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + sg_magicconst - 4.5 * z >= 0.0 || rr >= log(z)) {
                *out = x * beta;
                return 0;
            }
        }
    }
    if (alpha == 1.0) {
        *out = -log(1.0 - draw_double(r)) * beta;
        return 0;
    }
    /* 0 < alpha < 1: algorithm GS of Kennedy & Gentle, Statistical Computing. */
    const double e = 2.718281828459045;
    double x;
    for (;;) {
        double u = draw_double(r);
        double b = (e + alpha) / e;
        double p = b * u;
        if (p <= 1.0)
            x = pow(p, 1.0 / alpha);
        else
            x = -log((b - p) / alpha);
        double u1 = draw_double(r);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0))
                break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    *out = x * beta;
    return 0;
}

SIG(sig_gammavariate, "Random.gammavariate", 2, 2, "alpha", "beta");

static Value rnd_gammavariate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    double alpha, beta, x;
    if (bind(&sig_gammavariate, args, nargs, kwnames, a) < 0 || real_arg(a[0], &alpha) < 0 ||
        real_arg(a[1], &beta) < 0 || gamma_draw(SELF, alpha, beta, &x) < 0)
        return VNULL;
    return float_new(x);
}

SIG(sig_betavariate, "Random.betavariate", 2, 2, "alpha", "beta");

static Value rnd_betavariate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    double alpha, beta, y, z;
    if (bind(&sig_betavariate, args, nargs, kwnames, a) < 0 || real_arg(a[0], &alpha) < 0 ||
        real_arg(a[1], &beta) < 0 || gamma_draw(SELF, alpha, 1.0, &y) < 0)
        return VNULL;
    if (y == 0.0)
        return float_new(0.0);
    if (gamma_draw(SELF, beta, 1.0, &z) < 0)
        return VNULL;
    return float_new(y / (y + z));
}

SIG(sig_paretovariate, "Random.paretovariate", 1, 1, "alpha");

static Value rnd_paretovariate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[1];
    double alpha;
    if (bind(&sig_paretovariate, args, nargs, kwnames, a) < 0 || real_arg(a[0], &alpha) < 0)
        return VNULL;
    double u = 1.0 - draw_double(SELF);
    if (alpha == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float division by zero");
    return float_pow(u, -1.0 / alpha);
}

SIG(sig_weibullvariate, "Random.weibullvariate", 2, 2, "alpha", "beta");

static Value rnd_weibullvariate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    double beta;
    if (bind(&sig_weibullvariate, args, nargs, kwnames, a) < 0 || real_arg(a[1], &beta) < 0)
        return VNULL;
    double u = 1.0 - draw_double(SELF);
    if (beta == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float division by zero");
    Value p = float_pow(-log(u), 1.0 / beta);
    return binop_steal(a[0], p, BINOP_MUL, false, true);
}

#undef SELF

static const MethodDef random_methods[] = {
    {"seed", rnd_seed, METH_KEYWORDS, "Initialize internal state from a seed."},
    {"getstate", rnd_getstate, METH_KEYWORDS, "Return internal state, for setstate()."},
    {"setstate", rnd_setstate, METH_KEYWORDS, "Restore internal state from getstate()."},
    {"random", rnd_random, METH_NOARGS, "random() -> x in the interval [0, 1)."},
    {"getrandbits", rnd_getrandbits, METH_O, "An int with k random bits."},
    {"randrange", rnd_randrange, METH_KEYWORDS, "A random item from range(start, stop, step)."},
    {"randint", rnd_randint, METH_KEYWORDS, "A random integer in [a, b], both included."},
    {"choice", rnd_choice, METH_KEYWORDS, "A random element of a non-empty sequence."},
    {"shuffle", rnd_shuffle, METH_KEYWORDS, "Shuffle list x in place, and return None."},
    {"sample", rnd_sample, METH_KEYWORDS, "k unique random elements from a population."},
    {"choices", rnd_choices, METH_KEYWORDS, "k elements chosen with replacement."},
    {"uniform", rnd_uniform, METH_KEYWORDS, "A random number in [a, b) or [a, b]."},
    {"triangular", rnd_triangular, METH_KEYWORDS, "Triangular distribution."},
    {"normalvariate", rnd_normalvariate, METH_KEYWORDS, "Normal distribution."},
    {"gauss", rnd_gauss, METH_KEYWORDS, "Gaussian distribution."},
    {"lognormvariate", rnd_lognormvariate, METH_KEYWORDS, "Log normal distribution."},
    {"expovariate", rnd_expovariate, METH_KEYWORDS, "Exponential distribution."},
    {"vonmisesvariate", rnd_vonmisesvariate, METH_KEYWORDS, "Circular data distribution."},
    {"gammavariate", rnd_gammavariate, METH_KEYWORDS, "Gamma distribution."},
    {"betavariate", rnd_betavariate, METH_KEYWORDS, "Beta distribution."},
    {"paretovariate", rnd_paretovariate, METH_KEYWORDS, "Pareto distribution."},
    {"weibullvariate", rnd_weibullvariate, METH_KEYWORDS, "Weibull distribution."},
    {NULL, NULL, 0, NULL},
};

/* ---- The type ---- */

static Value random_alloc_new(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    RandomObj *r = (RandomObj *)alloc_object(type);
    if (r == NULL)
        return VNULL;
    mt_init(r, 19650218U);
    r->has_gauss = false;
    r->gauss_next = 0.0;
    if (type->flags & TYPE_GC)
        gc_track(&r->base);
    return OBJ_VAL(r);
}

SIG(sig_init, "Random.__init__", 1, 0, "x");

static int random_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value a[1];
    if (bind(&sig_init, args, nargs, kwnames, a) < 0)
        return -1;
    return random_seed_impl((RandomObj *)AS_OBJ(self), a[0], VNULL);
}

static Value random_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    Value r = random_alloc_new(type, args, nargs, kwnames);
    if (r != VNULL && random_init(r, args, nargs, kwnames) < 0)
        clearref(&r);
    return r;
}

static Type random_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "Random",
    .basicsize = sizeof(RandomObj),
    .flags = TYPE_BASETYPE,
    .base_type = &object_type,
    .methods = random_methods,
    .dealloc = obj_dealloc_plain,
    .getattr = obj_generic_getattr,
    .construct = random_construct,
    .alloc_new = random_alloc_new,
    .init = random_init,
};

Value mod_random_create(void)
{
    volatile double minus_half = -0.5, four = 4.0, four_and_half = 4.5;
    nv_magicconst = 4 * exp(minus_half) / sqrt(2.0);
    log4 = log(four);
    sg_magicconst = 1.0 + log(four_and_half);
    if (type_ready(&random_type) < 0)
        return VNULL;
    Value m = module_new("random");
    if (m == VNULL)
        return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    Value inst = random_construct(&random_type, NULL, 0, VNULL);
    if (inst == VNULL || dict_set_cstr(d, "Random", OBJ_VAL(&random_type)) < 0)
        goto fail;
    for (const MethodDef *def = random_methods; def->name != NULL; def++) {
        Value f = cfunc_new(def, inst, &random_type);
        if (f == VNULL || dict_set_cstr(d, def->name, f) < 0) {
            xdecref(f);
            goto fail;
        }
        decref(f);
    }
    decref(inst);
    return m;
fail:
    xdecref(inst);
    decref(m);
    return VNULL;
}
