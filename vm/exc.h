// SPDX-License-Identifier: MIT
/**
 * @file exc.h
 * @brief Exception objects, the builtin hierarchy, raising and catching from C.
 *
 * Who may include it: vm/, gil/, gc/, tests/.
 *
 * The exception being raised lives in the thread state (`ts->exc`). A C
 * function that fails sets it with exc_raise() and returns its error value
 * (VNULL, -1, ...):
 *
 * @code
 *     if (n < 0)
 *         return exc_raise(&exc_ValueError, "negative shift count");
 * @endcode
 *
 * exc_raise() formats like printf, plus four gilvm conversions that take a
 * ::Value: `%R` its repr, `%S` its str, `%T` its type's name, `%U` the text
 * of a str (no quotes).
 */
#ifndef GILVM_EXC_H
#define GILVM_EXC_H

#include "object.h"

/**
 * The builtin exception hierarchy: X(name, base). One line here defines the
 * type object `exc_<name>` and its entry in builtins.
 */
#define EXC_TYPES(X)                                                                               \
    X(BaseException, object)                                                                       \
    X(SystemExit, BaseException)                                                                   \
    X(KeyboardInterrupt, BaseException)                                                            \
    X(GeneratorExit, BaseException)                                                                \
    X(Exception, BaseException)                                                                    \
    X(StopIteration, Exception)                                                                    \
    X(ArithmeticError, Exception)                                                                  \
    X(FloatingPointError, ArithmeticError)                                                         \
    X(OverflowError, ArithmeticError)                                                              \
    X(ZeroDivisionError, ArithmeticError)                                                          \
    X(AssertionError, Exception)                                                                   \
    X(AttributeError, Exception)                                                                   \
    X(BufferError, Exception)                                                                      \
    X(EOFError, Exception)                                                                         \
    X(ImportError, Exception)                                                                      \
    X(ModuleNotFoundError, ImportError)                                                            \
    X(LookupError, Exception)                                                                      \
    X(IndexError, LookupError)                                                                     \
    X(KeyError, LookupError)                                                                       \
    X(MemoryError, Exception)                                                                      \
    X(NameError, Exception)                                                                        \
    X(UnboundLocalError, NameError)                                                                \
    X(OSError, Exception)                                                                          \
    X(FileNotFoundError, OSError)                                                                  \
    X(TimeoutError, OSError)                                                                       \
    X(RuntimeError, Exception)                                                                     \
    X(RecursionError, RuntimeError)                                                                \
    X(NotImplementedError, RuntimeError)                                                           \
    X(SyntaxError, Exception)                                                                      \
    X(IndentationError, SyntaxError)                                                               \
    X(TabError, IndentationError)                                                                  \
    X(SystemError, Exception)                                                                      \
    X(TypeError, Exception)                                                                        \
    X(ValueError, Exception)                                                                       \
    X(UnicodeError, ValueError)

/** Declares `Type exc_<name>` for every builtin exception. */
#define EXC_DECLARE(name, base) extern Type exc_##name;
EXC_TYPES(EXC_DECLARE)
#undef EXC_DECLARE

/** An exception instance (every builtin exception type shares this layout). */
typedef struct ExcObj {
    Obj base;              /**< header */
    Value args;            /**< tuple of constructor arguments */
    Value traceback;       /**< traceback entries (vm/traceback.h), or VNULL */
    Value cause;           /**< `__cause__` (raise ... from), or VNULL */
    Value context;         /**< `__context__` (implicit chaining), or VNULL */
    bool suppress_context; /**< `__suppress_context__` */
    Value dict;            /**< instance attributes (subclasses, SyntaxError fields), or VNULL */
} ExcObj;

/** Raise a new @p type exception with a formatted message; returns VNULL. */
Value exc_raise(Type *type, const char *fmt, ...);
/** Raise a new @p type exception whose single argument is @p arg (KeyError(key)); returns VNULL. */
Value exc_raise_arg(Type *type, Value arg);
/** Raise an exception of type @p type with no arguments; returns VNULL. */
Value exc_raise_empty(Type *type);
/** Raise the exception instance @p exc (borrowed); returns VNULL. */
Value exc_raise_instance(Value exc);
/** Raise MemoryError (allocation failed); returns VNULL. */
Value exc_nomemory(void);
/** True if an exception is being raised in this thread. */
bool exc_occurred(void);
/** True if the exception being raised is an instance of @p type. */
bool exc_matches(const Type *type);
/** Discard the exception being raised. */
void exc_clear(void);
/** Take the exception being raised (new reference; VNULL if none) and clear it. */
Value exc_fetch(void);
/** Make @p exc (stolen; may be VNULL) the exception being raised. */
void exc_restore(Value exc);
/** Create an instance of @p type with the given arguments (new reference). */
Value exc_new(Type *type, const Value *args, size_t nargs);
/** Create an instance of @p type with a formatted message (new reference). */
Value exc_new_fmt(Type *type, const char *fmt, ...);
/** True if @p v is an exception instance. */
bool exc_is_instance(Value v);
/** True if @p v is an exception class. */
bool exc_is_class(Value v);
/** Create the builtin exception types (runtime start-up). 0 or -1. */
int exc_types_init(void);
/** Format like exc_raise() into a new str (exposed for messages built without raising). */
Value exc_format(const char *fmt, va_list ap);
/** exc_format() with variable arguments: a new str, or VNULL. */
Value exc_format_value(const char *fmt, ...);

#endif
