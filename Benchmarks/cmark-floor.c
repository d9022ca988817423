/* The floor for `make bench`: the least any generator can do with N Markdown pages — parse and
   render each with libcmark and write it to OUT/<name>/index.html. No front matter handling, no
   templates, no links: Almanac's full build is measured against this loop.

   cc -O2 cmark-floor.c -lcmark -o cmark-floor && ./cmark-floor IN_DIR OUT_DIR */
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char *slurp(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *buffer = malloc((size_t)size + 1);
    *length = fread(buffer, 1, (size_t)size, file);
    fclose(file);
    return buffer;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: cmark-floor IN_DIR OUT_DIR\n");
        return 2;
    }
    DIR *dir = opendir(argv[1]);
    if (!dir) {
        perror(argv[1]);
        return 1;
    }
    mkdir(argv[2], 0755);
    struct dirent *entry;
    int pages = 0;
    char path[4096];
    while ((entry = readdir(dir))) {
        size_t name = strlen(entry->d_name);
        if (name < 4 || strcmp(entry->d_name + name - 3, ".md") != 0) continue;
        snprintf(path, sizeof path, "%s/%s", argv[1], entry->d_name);
        size_t length;
        char *markdown = slurp(path, &length);
        if (!markdown) continue;
        char *html = cmark_markdown_to_html(markdown, length, CMARK_OPT_DEFAULT);
        snprintf(path, sizeof path, "%s/%.*s", argv[2], (int)(name - 3), entry->d_name);
        if (mkdir(path, 0755) != 0 && errno != EEXIST) {
            perror(path);
            return 1;
        }
        strncat(path, "/index.html", sizeof path - strlen(path) - 1);
        FILE *out = fopen(path, "wb");
        fputs(html, out);
        fclose(out);
        free(html);
        free(markdown);
        pages++;
    }
    closedir(dir);
    printf("%d pages\n", pages);
    return 0;
}
