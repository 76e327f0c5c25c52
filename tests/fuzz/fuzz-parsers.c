/* fuzz-parsers.c
 *
 * Feeds one input to every pure parser of api/: the list and inspect parsers,
 * the in-place update between two parses, image history, image search,
 * disk usage, the /events line parser, the process table of /top, the
 * stats sample parser and calculator, the log demuxer, line splitter and
 * timestamp prefix, and image references.
 * Built as a libFuzzer target with clang; otherwise
 * (LADING_FUZZ_STANDALONE) main() below replays files, their lines and
 * truncations of them, so the same code runs as an ordinary test over the
 * recorded payloads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "lading-event.h"
#include "lading-image-reference.h"
#include "lading-log-demuxer.h"
#include "lading-log-line.h"
#include "lading-models-private.h"
#include "lading-process-list-private.h"
#include "lading-stats-calc.h"

#define NOW G_GINT64_CONSTANT (1795839669)

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

/* Parsing the same input at two times and assigning one result onto the other
 * walks the comparison code with whatever the parser accepted. */
static void
fuzz_container_assign (GBytes *bytes)
{
  g_autoptr(GPtrArray) first = _lading_container_list_parse (bytes, NOW, NULL);
  g_autoptr(GPtrArray) second = _lading_container_list_parse (bytes, NOW + 90, NULL);

  if (first == NULL || second == NULL)
    return;

  for (guint i = 0; i < first->len; i++)
    _lading_container_assign (first->pdata[i], second->pdata[i]);
}

/* Whatever the parser accepts, the calculator takes, alone and against
 * itself; a figure is never negative. */
static void
fuzz_stats (const uint8_t *data,
            size_t         size)
{
  LadingStatsSample sample;
  LadingStatsPoint point;

  if (!lading_stats_sample_parse ((const char *)data, size, &sample, NULL))
    return;

  lading_stats_calc (NULL, &sample, &point);
  lading_stats_calc (&sample, &sample, &point);
  g_assert (!(point.cpu_percent < 0) && !(point.memory_used < 0) && !(point.net_rx_per_s < 0));
}

/* A reference the parser accepts reads back the same from its familiar
 * form, the one `docker images` prints. */
static void
fuzz_image_reference (const uint8_t *data,
                      size_t         size)
{
  g_autofree char *text = g_strndup ((const char *)data, size);
  g_autoptr(LadingImageReference) reference = lading_image_reference_parse (text, NULL);
  g_autoptr(LadingImageReference) again = NULL;
  g_autofree char *familiar = NULL;

  if (reference == NULL)
    return;

  familiar = lading_image_reference_dup_familiar (reference);
  again = lading_image_reference_parse (familiar, NULL);
  g_assert (again != NULL);
  g_assert (g_str_equal (lading_image_reference_get_path (again),
                         lading_image_reference_get_path (reference)));
}

typedef struct
{
  LadingLogLineSplitter *splitters[LADING_LOG_STREAM_SYSTEM + 1];
  gsize                  payload_length;
} LogFuzz;

static void
log_line_cb (const char *line,
             gsize       length,
             gpointer    user_data)
{
  const char *text = NULL;
  gsize text_length = 0;
  gint64 unix_ns = 0;

  g_assert (memchr (line, '\n', length) == NULL);
  if (lading_log_line_split_timestamp (line, length, &unix_ns, &text, &text_length))
    g_free (lading_log_line_format_api_time (unix_ns));
  g_assert (text >= line && text + text_length == line + length);
}

static void
log_chunk_cb (LadingLogStream  stream,
              const guint8    *data,
              gsize            length,
              gpointer         user_data)
{
  LogFuzz *fuzz = user_data;

  g_assert (stream <= LADING_LOG_STREAM_SYSTEM && length > 0);
  fuzz->payload_length += length;
  lading_log_line_splitter_push (fuzz->splitters[stream], (const char *)data, length,
                                 log_line_cb, NULL);
}

/* The input as a log body pushed @piece bytes at a time: never more payload
 * than input, and all of it when raw. */
static void
fuzz_logs (const uint8_t *data,
           size_t         size,
           gboolean       raw,
           gsize          piece)
{
  g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (raw);
  LogFuzz fuzz = { { NULL }, 0 };
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (fuzz.splitters); i++)
    fuzz.splitters[i] = lading_log_line_splitter_new ();

  for (gsize offset = 0; ok && offset < size; offset += piece)
    ok = lading_log_demuxer_push (demuxer, data + offset, MIN (piece, size - offset),
                                  log_chunk_cb, &fuzz, NULL);
  ok = lading_log_demuxer_finish (demuxer, NULL) && ok;
  g_assert (fuzz.payload_length <= size);
  g_assert (!raw || (ok && fuzz.payload_length == size));

  for (guint i = 0; i < G_N_ELEMENTS (fuzz.splitters); i++)
    {
      lading_log_line_splitter_flush (fuzz.splitters[i], log_line_cb, NULL);
      lading_log_line_splitter_free (fuzz.splitters[i]);
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical is a crash here: the parsers promise never to emit one. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  return 0;
}

static void
drop (gpointer       result,
      GDestroyNotify destroy)
{
  if (result != NULL)
    destroy (result);
}

/* Errors are dropped (NULL): only crashes, leaks and criticals matter here. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);

  drop (_lading_container_list_parse (bytes, NOW, NULL), (GDestroyNotify)g_ptr_array_unref);
  drop (_lading_image_list_parse (bytes, NULL), (GDestroyNotify)g_ptr_array_unref);
  drop (_lading_volume_list_parse (bytes, NULL), (GDestroyNotify)g_ptr_array_unref);
  drop (_lading_network_list_parse (bytes, NULL), (GDestroyNotify)g_ptr_array_unref);
  drop (_lading_container_inspect_parse (bytes, NULL), g_object_unref);
  drop (_lading_image_inspect_parse (bytes, NULL), g_object_unref);
  drop (_lading_image_history_parse (bytes, NULL), (GDestroyNotify)g_ptr_array_unref);
  drop (_lading_search_results_parse (bytes, NULL), (GDestroyNotify)g_ptr_array_unref);
  drop (_lading_disk_usage_parse (bytes, NULL), g_object_unref);
  drop (_lading_volume_inspect_parse (bytes, NULL), g_object_unref);
  drop (_lading_network_inspect_parse (bytes, NULL), g_object_unref);
  drop (_lading_process_list_parse (bytes, NULL), (GDestroyNotify)lading_process_list_unref);
  drop (lading_event_parse ((const char *)data, size, NULL), (GDestroyNotify)lading_event_free);

  fuzz_container_assign (bytes);
  fuzz_stats (data, size);
  fuzz_image_reference (data, size);
  fuzz_logs (data, size, FALSE, size > 0 ? size : 1);
  fuzz_logs (data, size, FALSE, 7);
  fuzz_logs (data, size, TRUE, 5);

  return 0;
}

#ifdef LADING_FUZZ_STANDALONE

/* How many truncated copies of each file to try. */
#define N_TRUNCATIONS 64

/* Feeds @data and its truncated copies, the way a dropped connection cuts
 * a reply short. */
static void
replay_with_truncations (const char *data,
                         gsize       length)
{
  LLVMFuzzerTestOneInput ((const uint8_t *)data, length);

  for (guint i = 1; i < N_TRUNCATIONS; i++)
    LLVMFuzzerTestOneInput ((const uint8_t *)data, length * i / N_TRUNCATIONS);
}

/* A .jsonl file holds one document per line, as /events sends them, and is
 * replayed a line at a time: json-glib 1.6 leaks every root but the last
 * when one input holds several documents, and no reply of the engine does. */
static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *line;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  if (!g_str_has_suffix (path, ".jsonl"))
    {
      replay_with_truncations (contents, length);
      return;
    }

  line = contents;
  while (line < contents + length)
    {
      const char *end = memchr (line, '\n', contents + length - line);
      gsize line_length = end != NULL ? (gsize)(end - line) : (gsize)(contents + length - line);

      replay_with_truncations (line, line_length);
      line += line_length + 1;
    }
}

int
main (int   argc,
      char *argv[])
{
  LLVMFuzzerInitialize (&argc, &argv);

  if (argc < 2)
    g_error ("Usage: %s FILE…", argv[0]);

  for (int i = 1; i < argc; i++)
    {
      replay_file (argv[i]);
      g_print ("%s\n", argv[i]);
    }

  return 0;
}

#endif
