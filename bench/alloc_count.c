/* bench/alloc_count.c: an LD_PRELOAD library that counts heap allocations (malloc, calloc,
 * realloc; operator new goes through malloc) and writes the count to the file named by
 * $ALLOC_COUNT_FILE when the process exits. bench/throughput.py builds it with `cc -shared` and
 * reports bersih's allocations per input line (a run on empty input gives start-up's share).
 * glibc only: it forwards to glibc's own __libc_malloc & co. */
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

extern void* __libc_malloc(size_t size);
extern void* __libc_calloc(size_t count, size_t size);
extern void* __libc_realloc(void* pointer, size_t size);

static atomic_ulong allocations;

void* malloc(size_t size) {
    atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
    return __libc_malloc(size);
}

void* calloc(size_t count, size_t size) {
    atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
    return __libc_calloc(count, size);
}

void* realloc(void* pointer, size_t size) {
    atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
    return __libc_realloc(pointer, size);
}

__attribute__((destructor)) static void report(void) {
    const char* path = getenv("ALLOC_COUNT_FILE");
    if (path == NULL) {
        return;
    }
    FILE* out = fopen(path, "w");
    if (out != NULL) {
        fprintf(out, "%lu\n", (unsigned long)atomic_load(&allocations));
        fclose(out);
    }
}
