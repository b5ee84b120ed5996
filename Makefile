# SPDX-License-Identifier: MIT
# gilvm build. `make` builds ./gilvm; `make help` lists the targets.

CC      ?= cc
PREFIX  ?= /usr/local
CSTD     = -std=c11 -D_GNU_SOURCE -ffp-contract=off
WARN     = -Wall -Wextra -Werror -Wno-unused-parameter
OPT     ?= -O2 -g
CFLAGS_EXTRA ?=
LIBS     = -lgmp -lm -lpthread
DEPFLAGS = -MMD -MP

# SKIP="vm/x.c ..." leaves files out of a build (a work in progress).
SKIP    ?=
# Python modules built into the binary (lib/, see vm/frozen.h).
LIB_PY   := $(sort $(wildcard lib/*.py lib/*/*.py))
FROZEN_C := build/gen/frozen.c
SRCS     := $(filter-out $(SKIP),$(wildcard vm/*.c gil/*.c gc/*.c)) $(FROZEN_C)
MAIN_SRC := vm/main.c
LIB_SRCS := $(filter-out $(MAIN_SRC),$(SRCS))
UNIT_SRCS := $(wildcard tests/unit/test_*.c)

# One object directory per build flavour.
REL_DIR  := build/release
ASAN_DIR := build/asan
CHK_DIR  := build/check
SGC_DIR  := build/stress-gc
TSAN_DIR := build/tsan

REL_CFLAGS  = $(CSTD) $(WARN) $(OPT) $(CFLAGS_EXTRA)
ASAN_CFLAGS = $(CSTD) $(WARN) -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
              -fno-sanitize-recover=undefined $(CFLAGS_EXTRA)
CHK_CFLAGS  = $(CSTD) $(WARN) -O1 -g -DGILVM_CHECKS $(CFLAGS_EXTRA)
SGC_CFLAGS  = $(CSTD) $(WARN) -O1 -g -DGILVM_DEBUG_STRESS_GC -DGILVM_CHECKS $(CFLAGS_EXTRA)
TSAN_CFLAGS = $(CSTD) $(WARN) -O1 -g -fno-omit-frame-pointer -fsanitize=thread $(CFLAGS_EXTRA)

REL_OBJS  := $(SRCS:%.c=$(REL_DIR)/%.o)
ASAN_OBJS := $(SRCS:%.c=$(ASAN_DIR)/%.o)
CHK_OBJS  := $(SRCS:%.c=$(CHK_DIR)/%.o)
SGC_OBJS  := $(SRCS:%.c=$(SGC_DIR)/%.o)
TSAN_OBJS := $(SRCS:%.c=$(TSAN_DIR)/%.o)
REL_LIB_OBJS := $(LIB_SRCS:%.c=$(REL_DIR)/%.o)
ASAN_LIB_OBJS := $(LIB_SRCS:%.c=$(ASAN_DIR)/%.o)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(REL_DIR)/tests/%)
ASAN_UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(ASAN_DIR)/tests/%)

# The program tests that start threads (name prefixes), and how to list the strategies.
THREAD_TESTS := thr_ thread_ queue_ futures_ gilvm_
STRATEGIES = $$(./gilvm --list-strategies | cut -d' ' -f1)


.PHONY: demo all test unit programs syntax check-python asan asan-build check docs clean install uninstall \
        deps valgrind help stress-gc stress tsan

all: gilvm

# V=1 shows the full compiler command lines.
Q = $(if $(V),,@)

$(FROZEN_C): $(LIB_PY) tools/embed.c
	@mkdir -p build/gen
	@echo "  EMBED lib/*.py"
	$(Q)$(CC) -std=c11 -O1 -o build/gen/embed tools/embed.c
	$(Q)build/gen/embed $@ $(LIB_PY)

gilvm: $(REL_OBJS)
	@echo "  LINK  $@"
	$(Q)$(CC) $(REL_CFLAGS) -o $@ $^ $(LIBS)

$(REL_DIR)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC    $<"
	$(Q)$(CC) $(REL_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(ASAN_DIR)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC    $< (asan)"
	$(Q)$(CC) $(ASAN_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(CHK_DIR)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC    $< (check)"
	$(Q)$(CC) $(CHK_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(SGC_DIR)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC    $< (stress-gc)"
	$(Q)$(CC) $(SGC_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(TSAN_DIR)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC    $< (tsan)"
	$(Q)$(CC) $(TSAN_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(TSAN_DIR)/gilvm: $(TSAN_OBJS)
	@echo "  LINK  $@"
	$(Q)$(CC) $(TSAN_CFLAGS) -o $@ $^ $(LIBS)

$(SGC_DIR)/gilvm: $(SGC_OBJS)
	@echo "  LINK  $@"
	$(Q)$(CC) $(SGC_CFLAGS) -o $@ $^ $(LIBS)

$(ASAN_DIR)/gilvm: $(ASAN_OBJS)
	@echo "  LINK  $@"
	$(Q)$(CC) $(ASAN_CFLAGS) -o $@ $^ $(LIBS)

$(CHK_DIR)/gilvm: $(CHK_OBJS)
	@echo "  LINK  $@"
	$(Q)$(CC) $(CHK_CFLAGS) -o $@ $^ $(LIBS)

$(REL_DIR)/tests/%: tests/unit/%.c $(REL_LIB_OBJS)
	@mkdir -p $(dir $@)
	@echo "  TEST  $@"
	$(Q)$(CC) $(REL_CFLAGS) -Wno-unused-function -o $@ $< $(REL_LIB_OBJS) -lcmocka $(LIBS)

$(ASAN_DIR)/tests/%: tests/unit/%.c $(ASAN_LIB_OBJS)
	@mkdir -p $(dir $@)
	@echo "  TEST  $@"
	$(Q)$(CC) $(ASAN_CFLAGS) -Wno-unused-function -o $@ $< $(ASAN_LIB_OBJS) -lcmocka $(LIBS)

## demo: the strategy comparison demo: one program under every strategy (and python3)
demo: deps
	@$(MAKE) --no-print-directory gilvm
	@sh examples/demo.sh

## deps: install the Debian packages the build and tests need (or print the command)
deps:
	@sh tests/deps.sh

## test: everything: unit, program and syntax-error tests, the recordings against python3, ASan+UBSan, TSan, and the stress programs
test: deps
	@$(MAKE) --no-print-directory gilvm
	@$(MAKE) --no-print-directory unit programs syntax check-python
	@$(MAKE) --no-print-directory asan
	@$(MAKE) --no-print-directory tsan
	@$(MAKE) --no-print-directory stress

## unit: CMocka unit tests
unit: $(UNIT_BINS)
	@sh tests/run_unit.sh $(UNIT_BINS)

## programs: run every tests/programs/*.py under every strategy and compare with its recorded CPython output
programs: gilvm
	@set -e; for s in $(STRATEGIES); do \
	    echo "== strategy $$s =="; \
	    python3 tests/run_programs.py --gilvm ./gilvm --strategy $$s tests/programs; \
	done

## syntax: every malformed program must give a SyntaxError at the right line, exit 1
syntax: gilvm
	@python3 tests/run_programs.py --gilvm ./gilvm --syntax tests/syntax

## check-python: the recorded outputs still match what python3 prints (skipped without python3)
check-python:
	@python3 tests/run_programs.py --check-python tests/programs
	@python3 tests/run_programs.py --check-python --syntax tests/syntax

## asan: build with AddressSanitizer and UBSan and run the whole suite with it
asan: $(ASAN_DIR)/gilvm $(ASAN_UNIT_BINS)
	@echo "== ASan+UBSan build =="
	@ASAN_OPTIONS=detect_leaks=1 sh tests/run_unit.sh $(ASAN_UNIT_BINS)
	@ASAN_OPTIONS=detect_leaks=1 python3 tests/run_programs.py --gilvm $(ASAN_DIR)/gilvm tests/programs
	@ASAN_OPTIONS=detect_leaks=1 python3 tests/run_programs.py --gilvm $(ASAN_DIR)/gilvm --syntax tests/syntax

## tsan: ThreadSanitizer build running the thread tests and threaded stress programs under every strategy (any report fails)
tsan: gilvm $(TSAN_DIR)/gilvm
	@echo "== TSan build =="
	@set -e; for s in $(STRATEGIES); do \
	    echo "== strategy $$s (tsan) =="; \
	    TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1" \
	    python3 tests/run_programs.py --gilvm $(TSAN_DIR)/gilvm --strategy $$s --timeout 300 \
	        tests/programs $(THREAD_TESTS); \
	    TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1" \
	    python3 tests/run_programs.py --gilvm $(TSAN_DIR)/gilvm --timeout 600 \
	        tests/stress threads_ --strategy $$s; \
	done

## check: internal-checks build (GILVM_CHECKS assertions) running the program tests
check: $(CHK_DIR)/gilvm
	@python3 tests/run_programs.py --gilvm $(CHK_DIR)/gilvm tests/programs

## stress-gc: program tests on a build that collects on every tracked allocation (+GILVM_CHECKS)
stress-gc: $(SGC_DIR)/gilvm
	@python3 tests/run_programs.py --gilvm $(SGC_DIR)/gilvm --timeout 600 tests/programs

## stress: deep recursion and nesting, huge allocations and sources, threads (tests/stress), then with ASan
# Every program runs with the default strategy, then the threaded ones (threads_*) under each
# strategy; each step runs to its end and fails after, and a failure skips the ASan steps.
# Under ASan a failed huge malloc must return NULL (MemoryError) and its warning must not reach
# the compared stderr: ASan reports go to $(ASAN_DIR)/stress.log.PID, checked afterwards.
STRESS_ASAN_OPTIONS = detect_leaks=1:allocator_may_return_null=1:log_path=$(CURDIR)/$(ASAN_DIR)/stress.log
stress: gilvm $(ASAN_DIR)/gilvm
	@fail=0; sh tests/stress/run.sh ./gilvm || fail=1; \
	for s in $(STRATEGIES); do \
	    echo "== threads_* with --strategy $$s =="; \
	    sh tests/stress/run.sh ./gilvm threads_ --strategy $$s || fail=1; \
	done; exit $$fail
	@echo "== ASan+UBSan build =="
	@rm -f $(ASAN_DIR)/stress.log.*
	@fail=0; ASAN_OPTIONS=$(STRESS_ASAN_OPTIONS) sh tests/stress/run.sh $(ASAN_DIR)/gilvm || fail=1; \
	for s in $(STRATEGIES); do \
	    echo "== threads_* with --strategy $$s (ASan+UBSan) =="; \
	    ASAN_OPTIONS=$(STRESS_ASAN_OPTIONS) \
	        sh tests/stress/run.sh $(ASAN_DIR)/gilvm threads_ --strategy $$s || fail=1; \
	done; \
	if grep -l "ERROR: " $(ASAN_DIR)/stress.log.* 2>/dev/null; then \
	    echo "ASan errors: see the files above"; fail=1; fi; \
	exit $$fail

## valgrind: memcheck on every unit test and program test; fails on any error or "definitely lost"
valgrind: gilvm $(UNIT_BINS)
	@RUN_UNIT_WRAPPER="valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99" \
	    sh tests/run_unit.sh $(UNIT_BINS)
	@python3 tests/run_programs.py --gilvm ./gilvm --valgrind tests/programs

## bench-single: single-thread benchmarks (examples/bench), gilvm vs python3 side by side; BENCH_ARGS="--repeat 9 --filter fib"
.PHONY: bench-single
bench-single: gilvm
	@python3 tests/bench_single.py --gilvm ./gilvm $(BENCH_ARGS)

## bench-strategies: single-thread time of every strategy against gil (examples/bench); BENCH_ARGS="--repeat 9 --strategies objlock"
.PHONY: bench-strategies
bench-strategies: gilvm
	@python3 tests/bench_strategies.py --gilvm ./gilvm $(BENCH_ARGS)

## bench-scaling: thread scaling of examples/bench/scale_*.py per strategy and python3; BENCH_ARGS="--threads 1,2 --scale 0.2"
.PHONY: bench-scaling
bench-scaling: gilvm
	@python3 tests/bench_scaling.py --gilvm ./gilvm $(BENCH_ARGS)

## docs: Doxygen HTML into docs/html (fails on any warning)
docs:
	@command -v doxygen >/dev/null || { echo "doxygen missing: apt-get install -y doxygen"; exit 1; }
	@rm -f build/doxygen-warnings.txt; mkdir -p build
	@doxygen docs/Doxyfile
	@if [ -s build/doxygen-warnings.txt ]; then cat build/doxygen-warnings.txt; exit 1; fi
	@echo "docs/html/index.html written"

## install: copy gilvm to $(PREFIX)/bin
install: gilvm
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 gilvm $(DESTDIR)$(PREFIX)/bin/gilvm

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/gilvm

clean:
	rm -rf build gilvm docs/html

help:
	@grep -E '^## ' Makefile | sed 's/^## /  make /'

-include $(REL_OBJS:.o=.d) $(ASAN_OBJS:.o=.d) $(CHK_OBJS:.o=.d) $(SGC_OBJS:.o=.d) $(TSAN_OBJS:.o=.d)
