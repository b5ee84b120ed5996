// SPDX-License-Identifier: MIT
/**
 * @file float_repr.c
 * @brief repr(float): the shortest decimal string that reads back as the same double.
 *
 * The digits: for n = 1, 2, ... 17 significant digits, printf("%.*e")
 * gives the n-digit decimal closest to the double (glibc prints exactly).
 * If strtod() reads it back as the same double, those are the digits. If
 * not, one other n-digit decimal may still read back: the neighbour on
 * the other side of the double (this happens next to a power of two, where
 * the gap to the next double below is half the gap above), so it is tried
 * too. 17 digits always suffice. The first n that works gives the shortest
 * string, and among strings of that length the closest one, which is what
 * CPython's repr (David Gay's shortest mode) prints.
 *
 * The layout is CPython's: fixed notation when the decimal exponent is in
 * [-4, 16) with ".0" added to integral values (1e15 is
 * "1000000000000000.0"), otherwise scientific notation with at least two
 * exponent digits and no ".0" (1e16 is "1e+16", 1e-05 is "1e-05").
 */
#include "float.h"

#include <math.h>

/** The significant digits (no trailing zeros) and decimal exponent of a double. */
typedef struct Decimal {
    char digits[24]; /**< the digits, NUL-terminated */
    int ndigits;     /**< how many */
    int exp10;       /**< the power of ten of the first digit (scientific exponent) */
} Decimal;

static void set_from_integer(Decimal *dec, uint64_t m, int scale)
{
    /* m * 10**scale */
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)m);
    int len = n;
    while (len > 1 && tmp[len - 1] == '0')
        len--;
    memcpy(dec->digits, tmp, (size_t)len);
    dec->digits[len] = '\0';
    dec->ndigits = len;
    dec->exp10 = n - 1 + scale;
}

static bool reads_back(uint64_t m, int scale, double x)
{
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%llue%d", (unsigned long long)m, scale);
    return strtod(tmp, NULL) == x;
}

static void shortest(double x, Decimal *dec)
{
    static const uint64_t pow10[18] = {1ULL,
                                       10ULL,
                                       100ULL,
                                       1000ULL,
                                       10000ULL,
                                       100000ULL,
                                       1000000ULL,
                                       10000000ULL,
                                       100000000ULL,
                                       1000000000ULL,
                                       10000000000ULL,
                                       100000000000ULL,
                                       1000000000000ULL,
                                       10000000000000ULL,
                                       100000000000000ULL,
                                       1000000000000000ULL,
                                       10000000000000000ULL,
                                       100000000000000000ULL};
    for (int prec = 0; prec <= 16; prec++) {
        char tmp[48];
        snprintf(tmp, sizeof tmp, "%.*e", prec, x);
        /* tmp is "d.ddd...e+XX": collect the prec + 1 digits as an integer */
        uint64_t m = 0;
        const char *p = tmp;
        for (; *p != 'e'; p++)
            if (*p != '.')
                m = m * 10 + (uint64_t)(*p - '0');
        int scale = atoi(p + 1) - prec; /* value = m * 10**scale */
        double y = strtod(tmp, NULL);
        if (y == x) {
            set_from_integer(dec, m, scale);
            return;
        }
        if (prec == 16)
            break;
        if (y < x) {
            if (reads_back(m + 1, scale, x)) {
                set_from_integer(dec, m + 1, scale);
                return;
            }
        } else if (m == pow10[prec]) {
            /* the next (prec+1)-digit decimal below 10**k is 99...9 * 10**(k-prec-1) */
            if (reads_back(pow10[prec + 1] - 1, scale - 1, x)) {
                set_from_integer(dec, pow10[prec + 1] - 1, scale - 1);
                return;
            }
        } else if (reads_back(m - 1, scale, x)) {
            set_from_integer(dec, m - 1, scale);
            return;
        }
    }
    /* Unreachable with a correct strtod (17 digits always read back); keep the 17 digits. */
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%.16e", x);
    uint64_t m = 0;
    const char *p = tmp;
    for (; *p != 'e'; p++)
        if (*p != '.')
            m = m * 10 + (uint64_t)(*p - '0');
    set_from_integer(dec, m, atoi(p + 1) - 16);
}

char *float_repr_buf(double d, char *buf, size_t size)
{
    if (isnan(d)) {
        snprintf(buf, size, "nan");
        return buf;
    }
    if (isinf(d)) {
        snprintf(buf, size, "%s", d > 0 ? "inf" : "-inf");
        return buf;
    }
    Decimal dec;
    if (d == 0.0) {
        strcpy(dec.digits, "0");
        dec.ndigits = 1;
        dec.exp10 = 0;
    } else {
        shortest(fabs(d), &dec);
    }
    char out[64];
    char *o = out;
    if (signbit(d))
        *o++ = '-';
    int n = dec.ndigits, e = dec.exp10;
    if (e < -4 || e >= 16) {
        *o++ = dec.digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, dec.digits + 1, (size_t)(n - 1));
            o += n - 1;
        }
        o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (e >= 0) {
        /* e + 1 digits before the point, padded with zeros */
        for (int i = 0; i <= e; i++)
            *o++ = i < n ? dec.digits[i] : '0';
        *o++ = '.';
        if (n > e + 1) {
            memcpy(o, dec.digits + e + 1, (size_t)(n - e - 1));
            o += n - e - 1;
        } else {
            *o++ = '0';
        }
    } else {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -e - 1; i++)
            *o++ = '0';
        memcpy(o, dec.digits, (size_t)n);
        o += n;
    }
    *o = '\0';
    snprintf(buf, size, "%s", out);
    return buf;
}
