// SPDX-License-Identifier: MIT
/**
 * @file test_random.c
 * @brief Unit tests of vm/mod_random.c: the Mersenne Twister's outputs for
 *        several seeds against values recorded from CPython 3.11, and the
 *        state-vector checks of Random.setstate().
 *
 * Each case seeds a fresh random.Random (an int, possibly negative or
 * beyond 64 bits; a str, hashed with SHA-512 as random.py does; a float,
 * seeded by its hash) and compares: the first eight 32-bit outputs, six
 * outputs across the second regeneration of the state (outputs 622..627),
 * three random() doubles by their bit patterns, getrandbits(100), and
 * getrandbits of 1, 7, 31, 33, 63 and 64 bits. The int seed
 * 0x456_00000345_00000234_00000123 feeds init_by_array the key
 * {0x123, 0x234, 0x345, 0x456} of the generator's reference test, whose
 * first outputs (1067595299, 955945823, ...) are published with it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "../../vm/exc.h"
#include "../../vm/float.h"
#include "../../vm/int.h"
#include "../../vm/modules.h"
#include "../../vm/runtime.h"
#include "../../vm/str.h"
#include "../../vm/tuple.h"

static Runtime *rt;
static Value mod;

static int setup(void **state)
{
    RuntimeOptions opts = {0};
    rt = runtime_init(&opts);
    if (rt == NULL)
        return -1;
    mod = mod_random_create();
    return mod == VNULL ? -1 : 0;
}

static int teardown(void **state)
{
    decref(mod);
    runtime_fini(rt);
    return 0;
}

/** How a case's seed is written. */
typedef enum SeedKind { SEED_INT, SEED_STR, SEED_FLOAT } SeedKind;

/** One seed and what CPython 3.11 drew after it. */
typedef struct SeedCase {
    SeedKind kind;         /**< type of the seed */
    const char *seed;      /**< the seed as text (decimal for ints and floats) */
    uint32_t first[8];     /**< getrandbits(32) x 8 */
    uint32_t twist[6];     /**< getrandbits(32) outputs 622..627 */
    uint64_t doubles[3];   /**< then random() x 3, as IEEE bit patterns */
    const char *big;       /**< then getrandbits(100) */
    uint64_t odd[6];       /**< then getrandbits(1, 7, 31, 33, 63, 64) */
} SeedCase;

static const SeedCase cases[] = {
    {SEED_INT, "0",
     {3626764237u, 1654615998u, 3255389356u, 3823568514u, 1806341205u, 173879092u,
      1112038970u, 4146640122u},
     {1691392275u, 2390040247u, 2229104038u, 1244770883u, 1926483037u, 3952025686u},
     {0x3fdf4587ce4e6a56ULL, 0x3fe2b76882db8d57ULL, 0x3fe5bcd8bcde77b6ULL},
     "266866711932862917178177632565",
     {1ULL, 127ULL, 560313998ULL, 6808502353ULL, 3977311932115128142ULL,
      6613533764400402174ULL}},
    {SEED_INT, "1",
     {577090037u, 2444712010u, 3639700191u, 3445702192u, 3280387012u, 271041745u, 1095513148u,
      506456969u},
     {1405491179u, 802355090u, 1360367077u, 3404757168u, 3638416111u, 2486814534u},
     {0x3fec978dd3af76c2ULL, 0x3fd3613a61f77f38ULL, 0x3fd565b7f0cebda0ULL},
     "996609902039902303887977241423",
     {1ULL, 11ULL, 526343967ULL, 945560371ULL, 2248282711387691275ULL, 1334207475986637669ULL}},
    {SEED_INT, "42",
     {2746317213u, 478163327u, 107420369u, 3184935163u, 1181241943u, 1051802512u, 958682846u,
      599310825u},
     {902271852u, 2929454134u, 1071722055u, 2864457210u, 441495235u, 1519038154u},
     {0x3fe8f6b6563d521aULL, 0x3fec4ad4db7fb4b1ULL, 0x3fda02164fca6b10ULL},
     "1121439252208513213439597063210",
     {1ULL, 30ULL, 1856726602ULL, 4992907061ULL, 7478049257074025833ULL,
      16259259162659343824ULL}},
    {SEED_INT, "-5",
     {2675342405u, 1097127993u, 3185950873u, 1539898300u, 3415330359u, 2965446622u,
      4047793130u, 3614262064u},
     {2472362638u, 2959306914u, 3041615143u, 4094254167u, 2715430122u, 2786851579u},
     {0x3fded71b46de9a5eULL, 0x3fed2cc5975d63a3ULL, 0x3fd8ab9793ce4624ULL},
     "939004368825186027456531877698",
     {0ULL, 115ULL, 636618519ULL, 6292490718ULL, 609243214433037889ULL,
      15426617965473956802ULL}},
    {SEED_INT, "18446744073709551623",
     {4134331577u, 364536972u, 1405532956u, 207176672u, 3322737464u, 1939979928u, 2886932597u,
      4090332823u},
     {2576008919u, 1963762015u, 2917688542u, 3561193949u, 247428374u, 934585363u},
     {0x3fd6bfd1fc879698ULL, 0x3fe7a918617068bfULL, 0x3fd7718d9dd6cc5cULL},
     "393642393553935721558282627005",
     {1ULL, 110ULL, 554487294ULL, 6066604379ULL, 6313662891864296962ULL,
      15447058576606492833ULL}},
    {SEED_INT, "12345678901234567890",
     {2199100970u, 3695432519u, 4002396509u, 2348474455u, 2758709522u, 1922189374u,
      3660358429u, 1402977991u},
     {3853935586u, 1955470178u, 353873370u, 3373988343u, 1047738383u, 4206514790u},
     {0x3fe3de68916f405aULL, 0x3fcf026cf230185cULL, 0x3fe3962856a3de01ULL},
     "1035371771627635460103226446769",
     {0ULL, 72ULL, 791226123ULL, 7929404608ULL, 5962574933908170528ULL,
      10042947120697270063ULL}},
    {SEED_INT, "87943260406273339520951041130787",
     {1067595299u, 955945823u, 477289528u, 4107218783u, 4228976476u, 3344332714u, 3355579695u,
      227628506u},
     {853571438u, 144400272u, 3768408841u, 782634401u, 2161109003u, 570039522u},
     {0x3fdc1b70b806cb70ULL, 0x3fe09eebe17ea5deULL, 0x3fed456d0fa7105fULL},
     "562538596987343711475920208044",
     {0ULL, 5ULL, 1807405496ULL, 1610021185ULL, 8077005207243752184ULL,
      14450084116424156602ULL}},
    {SEED_STR, "gilvm",
     {342053513u, 1107715614u, 2915247135u, 3920410616u, 3553312960u, 3674620949u,
      2702129512u, 3318599900u},
     {3321272942u, 1416750608u, 2134508238u, 2385361451u, 2263037067u, 1130807281u},
     {0x3fe112c8566ac9d2ULL, 0x3fd4a21b811fb630ULL, 0x3feefd45aca1d15dULL},
     "325423188859755881792891872381",
     {0ULL, 69ULL, 1798418562ULL, 1853942635ULL, 5466997843795522552ULL,
      6820439121352495964ULL}},
    {SEED_STR, "",
     {4124137760u, 1951988028u, 2557274880u, 888572032u, 1666497616u, 3712356042u,
      3150706554u, 3233484678u},
     {1593373154u, 1170448423u, 3353959571u, 1911786301u, 360100280u, 4176875344u},
     {0x3fbb8e44a53d9d48ULL, 0x3fdc9d109181af1aULL, 0x3fe19bdb4309277aULL},
     "1136563214188499883921648336263",
     {0ULL, 59ULL, 2138815806ULL, 2873907086ULL, 6239056928746108054ULL,
      14995322327164864975ULL}},
    {SEED_FLOAT, "3.5",
     {1305322236u, 1509817508u, 988463132u, 3982273655u, 3917195421u, 45668145u, 2480598814u,
      344434483u},
     {3300059246u, 1815224749u, 3922712502u, 645993985u, 1905880563u, 3707254668u},
     {0x3fe91d4aa3227ddbULL, 0x3fd23304a2846256ULL, 0x3fea530ef93e08d2ULL},
     "517478978802076761002010326444",
     {1ULL, 44ULL, 2001495793ULL, 662006789ULL, 2563666190253693311ULL,
      18421086702424426874ULL}},
    {SEED_FLOAT, "-0.25",
     {3667235385u, 1773866635u, 4238822754u, 851751314u, 3316805107u, 3718426150u,
      3678912849u, 3350564291u},
     {57246343u, 333047234u, 2552561948u, 3736703788u, 4228627252u, 3070297862u},
     {0x3feec6650e3ececcULL, 0x3fe32e7355485a02ULL, 0x3fe96e721a5941c5ULL},
     "1132024495713314892099924408095",
     {1ULL, 66ULL, 1840051136ULL, 2527519808ULL, 2266366827607354499ULL,
      12917881323595860137ULL}},
};

static Value make_seed(const SeedCase *c)
{
    switch (c->kind) {
    case SEED_INT:
        return int_from_string(c->seed, strlen(c->seed), 10);
    case SEED_STR:
        return str_from_cstr(c->seed);
    default:
        return float_new(strtod(c->seed, NULL));
    }
}

/* rng.name(arg) (arg may be VNULL for no argument); a new reference, never VNULL. */
static Value call_method(Value rng, const char *name, Value arg)
{
    Value f = obj_getattr_cstr(rng, name);
    assert_true(f != VNULL);
    Value r = obj_call(f, &arg, arg != VNULL ? 1 : 0);
    decref(f);
    assert_true(r != VNULL);
    return r;
}

static uint64_t bits(Value rng, int k)
{
    Value r = call_method(rng, "getrandbits", SMALLINT_VAL(k));
    mpz_t z;
    mpz_init(z);
    int_to_mpz(r, z);
    uint64_t u = mpz_get_ui(z);
    mpz_clear(z);
    decref(r);
    return u;
}

static Value new_random(Value seed)
{
    Value cls = obj_getattr_cstr(mod, "Random");
    assert_true(cls != VNULL);
    Value rng = obj_call(cls, &seed, 1);
    decref(cls);
    assert_true(rng != VNULL);
    return rng;
}

static void test_seeded_outputs(void **state)
{
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        const SeedCase *c = &cases[i];
        Value seed = make_seed(c);
        assert_true(seed != VNULL);
        Value rng = new_random(seed);
        decref(seed);
        for (int j = 0; j < 8; j++)
            assert_int_equal(bits(rng, 32), c->first[j]);
        for (int j = 8; j < 622; j++)
            bits(rng, 32);
        for (int j = 0; j < 6; j++)
            assert_int_equal(bits(rng, 32), c->twist[j]);
        for (int j = 0; j < 3; j++) {
            Value d = call_method(rng, "random", VNULL);
            uint64_t b;
            memcpy(&b, &FLOAT_AS_DOUBLE(d), sizeof b);
            assert_int_equal(b, c->doubles[j]);
            decref(d);
        }
        Value big = call_method(rng, "getrandbits", SMALLINT_VAL(100));
        Value text = obj_str(big);
        assert_string_equal(STR_DATA(text), c->big);
        decref(text);
        decref(big);
        static const int ks[6] = {1, 7, 31, 33, 63, 64};
        for (int j = 0; j < 6; j++)
            assert_int_equal(bits(rng, ks[j]), c->odd[j]);
        decref(rng);
    }
}

/* Re-seeding restarts the sequence; module functions share one hidden instance. */
static void test_reseed_and_module_functions(void **state)
{
    Value seed = SMALLINT_VAL(42);
    Value r = call_method(mod, "seed", seed);
    decref(r);
    assert_int_equal(bits(mod, 32), cases[2].first[0]);
    r = call_method(mod, "seed", seed);
    decref(r);
    assert_int_equal(bits(mod, 32), cases[2].first[0]);
    assert_int_equal(bits(mod, 32), cases[2].first[1]);
    assert_int_equal(bits(mod, 0), 0);
}

/* getstate() then setstate() replays the same outputs; bad states are refused unchanged. */
static void test_state_round_trip(void **state)
{
    Value rng = new_random(SMALLINT_VAL(7));
    for (int i = 0; i < 700; i++)
        bits(rng, 32);
    Value st = call_method(rng, "getstate", VNULL);
    uint64_t expect[4];
    for (int i = 0; i < 4; i++)
        expect[i] = bits(rng, 64);
    Value r = call_method(rng, "setstate", st);
    decref(r);
    for (int i = 0; i < 4; i++)
        assert_int_equal(bits(rng, 64), expect[i]);

    /* An index beyond 624 is "invalid state"; the generator is left as it was. */
    Value internal = TUPLE_ITEMS(st)[1];
    Value words = tuple_new(625);
    for (size_t i = 0; i < 625; i++)
        TUPLE_ITEMS(words)[i] = newref(i < 624 ? TUPLE_ITEMS(internal)[i] : SMALLINT_VAL(625));
    Value bad = tuple_pack(3, SMALLINT_VAL(3), words, NONE_VAL);
    Value f = obj_getattr_cstr(rng, "setstate");
    assert_true(obj_call(f, &bad, 1) == VNULL);
    Value e = exc_fetch();
    Value msg = obj_str(e);
    assert_string_equal(STR_DATA(msg), "invalid state");
    decref(msg);
    decref(e);
    decref(bad);
    Value short_state = tuple_pack(3, SMALLINT_VAL(3), tuple_new(0), NONE_VAL);
    assert_true(obj_call(f, &short_state, 1) == VNULL);
    e = exc_fetch();
    msg = obj_str(e);
    assert_string_equal(STR_DATA(msg), "state vector is the wrong size");
    decref(msg);
    decref(e);
    decref(short_state);
    decref(f);
    r = call_method(rng, "setstate", st);
    decref(r);
    assert_int_equal(bits(rng, 64), expect[0]);
    decref(words);
    decref(st);
    decref(rng);
}

/** Run the tests in one group sharing a runtime. */
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seeded_outputs),
        cmocka_unit_test(test_reseed_and_module_functions),
        cmocka_unit_test(test_state_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
