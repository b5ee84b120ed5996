// SPDX-License-Identifier: MIT
/** @file args.c @brief Argument checking for C functions (see args.h). */
#include "args.h"

#include "exc.h"
#include "str.h"
#include "tuple.h"

int args_count(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        exc_raise(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                  min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        exc_raise(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                  min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int args_no_kw(const char *name, Value kwnames)
{
    if (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0) {
        exc_raise(&exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

int args_parse(const char *name, const Value *args, size_t nargs, Value kwnames,
               const char *const *params, size_t nparams, size_t npos_max, size_t nrequired,
               Value *out)
{
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > nparams || nargs > npos_max) {
        if (nargs > npos_max && npos_max < nparams)
            exc_raise(&exc_TypeError, "%s() takes at most %zu positional argument%s (%zu given)",
                      name, npos_max, npos_max == 1 ? "" : "s", nargs);
        else
            exc_raise(&exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name,
                      nparams, nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < nparams; i++)
        out[i] = i < nargs ? args[i] : VNULL;
    for (size_t k = 0; k < nkw; k++) {
        Value kw = TUPLE_ITEMS(kwnames)[k];
        size_t i = 0;
        while (i < nparams && (params[i] == NULL || !str_eq_cstr(kw, params[i])))
            i++;
        if (i == nparams) {
            exc_raise(&exc_TypeError, "'%U' is an invalid keyword argument for %s()", kw, name);
            return -1;
        }
        if (out[i] != VNULL) {
            exc_raise(&exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                      name, params[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < nrequired; i++) {
        if (out[i] == VNULL) {
            if (params[i] != NULL)
                exc_raise(&exc_TypeError, "%s() missing required argument '%s' (pos %zu)", name,
                          params[i], i + 1);
            else
                exc_raise(&exc_TypeError, "%s() takes at least %zu positional argument%s (%zu given)",
                          name, nrequired, nrequired == 1 ? "" : "s", nargs);
            return -1;
        }
    }
    return 0;
}
