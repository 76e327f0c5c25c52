/* test-log-demuxer.c
 *
 * LadingLogDemuxer on hand-built multiplexed streams: every way of cutting
 * them into pushes, empty and huge frames, garbage and truncated ends, and
 * the raw (TTY) mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-log-demuxer.h"
#include "lading-log-line.h"

/* What a demuxer passed on: "<stream digit>:payload|" per run of one stream,
 * so that how the input was cut does not show but the order of streams does. */
typedef struct
{
  GString *text;
  int      last_stream;
  guint    n_calls;
} Transcript;

static void
transcript_init (Transcript *transcript)
{
  transcript->text = g_string_new (NULL);
  transcript->last_stream = -1;
  transcript->n_calls = 0;
}

static void
transcript_cb (LadingLogStream  stream,
               const guint8    *data,
               gsize            length,
               gpointer         user_data)
{
  Transcript *transcript = user_data;

  g_assert_cmpuint (length, >, 0);
  if ((int)stream != transcript->last_stream)
    {
      if (transcript->last_stream >= 0)
        g_string_append_c (transcript->text, '|');
      g_string_append_printf (transcript->text, "%d:", stream);
      transcript->last_stream = stream;
    }
  g_string_append_len (transcript->text, (const char *)data, length);
  transcript->n_calls++;
}

static void
append_frame (GByteArray *stream,
              guint8      type,
              const char *payload)
{
  guint32 length = strlen (payload);
  guint8 header[8] = { type, 0, 0, 0, length >> 24, length >> 16, length >> 8, length };

  g_byte_array_append (stream, header, sizeof header);
  g_byte_array_append (stream, (const guint8 *)payload, length);
}

/* stdout, an empty frame, stderr, stdout again, stdin and a system error. */
static GByteArray *
build_sample (void)
{
  GByteArray *stream = g_byte_array_new ();

  append_frame (stream, 1, "out 1\nout ");
  append_frame (stream, 1, "");
  append_frame (stream, 1, "2\n");
  append_frame (stream, 2, "err 1\n");
  append_frame (stream, 1, "out 3\n");
  append_frame (stream, 0, "in\n");
  append_frame (stream, 3, "Error grabbing logs: boom\n");

  return stream;
}

#define SAMPLE_TRANSCRIPT \
  "1:out 1\nout 2\n|2:err 1\n|1:out 3\n|0:in\n|3:Error grabbing logs: boom\n"

static void
push_ok (LadingLogDemuxer *demuxer,
         const guint8     *data,
         gsize             length,
         Transcript       *transcript)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lading_log_demuxer_push (demuxer, data, length, transcript_cb, transcript,
                                          &error));
  g_assert_no_error (error);
}

static void
finish_ok (LadingLogDemuxer *demuxer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lading_log_demuxer_finish (demuxer, &error));
  g_assert_no_error (error);
}

static void
test_log_demuxer_frames (void)
{
  g_autoptr(GByteArray) sample = build_sample ();
  g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
  Transcript transcript;

  transcript_init (&transcript);
  push_ok (demuxer, sample->data, sample->len, &transcript);
  finish_ok (demuxer);

  g_assert_cmpstr (transcript.text->str, ==, SAMPLE_TRANSCRIPT);
  /* One call per non-empty frame when a push holds them all. */
  g_assert_cmpuint (transcript.n_calls, ==, 6);
  g_string_free (transcript.text, TRUE);
}

/* Two pushes cut at every offset, and one push per byte. */
static void
test_log_demuxer_split_everywhere (void)
{
  g_autoptr(GByteArray) sample = build_sample ();

  for (guint cut = 0; cut <= sample->len; cut++)
    {
      g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
      Transcript transcript;

      transcript_init (&transcript);
      push_ok (demuxer, sample->data, cut, &transcript);
      push_ok (demuxer, sample->data + cut, sample->len - cut, &transcript);
      finish_ok (demuxer);
      g_assert_cmpstr (transcript.text->str, ==, SAMPLE_TRANSCRIPT);
      g_string_free (transcript.text, TRUE);
    }

  {
    g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
    Transcript transcript;

    transcript_init (&transcript);
    for (guint i = 0; i < sample->len; i++)
      push_ok (demuxer, sample->data + i, 1, &transcript);
    finish_ok (demuxer);
    g_assert_cmpstr (transcript.text->str, ==, SAMPLE_TRANSCRIPT);
    g_string_free (transcript.text, TRUE);
  }
}

static void
test_log_demuxer_empty_frames (void)
{
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
  Transcript transcript;

  append_frame (stream, 1, "");
  append_frame (stream, 2, "");
  append_frame (stream, 3, "");

  transcript_init (&transcript);
  push_ok (demuxer, stream->data, stream->len, &transcript);
  push_ok (demuxer, NULL, 0, &transcript);
  finish_ok (demuxer);
  g_assert_cmpuint (transcript.n_calls, ==, 0);
  g_assert_cmpstr (transcript.text->str, ==, "");
  g_string_free (transcript.text, TRUE);
}

typedef struct
{
  const guint8 *expected_data;
  gsize         total;
  guint         n_calls;
} HugeFrame;

/* The payload must come straight out of the pushed buffer, not a copy. */
static void
huge_frame_cb (LadingLogStream  stream,
               const guint8    *data,
               gsize            length,
               gpointer         user_data)
{
  HugeFrame *huge = user_data;

  g_assert_cmpint (stream, ==, LADING_LOG_STREAM_STDERR);
  g_assert_true (data == huge->expected_data);
  huge->total += length;
  huge->n_calls++;
}

static void
test_log_demuxer_huge_frame (void)
{
  const guint32 size = 16 * 1024 * 1024;
  const gsize piece = 64 * 1024;
  guint8 header[8] = {
    2, 0, 0, 0, size >> 24, (size >> 16) & 0xff, (size >> 8) & 0xff, size & 0xff
  };
  g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
  g_autofree guint8 *buffer = g_malloc0 (piece);
  g_autoptr(GError) error = NULL;
  HugeFrame huge = { NULL, 0, 0 };

  g_assert_true (lading_log_demuxer_push (demuxer, header, sizeof header, huge_frame_cb, &huge,
                                          &error));
  for (gsize sent = 0; sent < size; sent += piece)
    {
      huge.expected_data = buffer;
      g_assert_true (lading_log_demuxer_push (demuxer, buffer, piece, huge_frame_cb, &huge,
                                              &error));
      g_assert_no_error (error);
      g_assert_cmpuint (huge.total, ==, sent + piece);
    }

  g_assert_cmpuint (huge.n_calls, ==, size / piece);
  finish_ok (demuxer);
}

static void
assert_garbage (const guint8 *header)
{
  g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;
  g_autoptr(GError) end = NULL;
  guint8 good[] = { 1, 0, 0, 0, 0, 0, 0, 1, 'x' };
  Transcript transcript;

  transcript_init (&transcript);
  g_assert_false (lading_log_demuxer_push (demuxer, header, 8, transcript_cb, &transcript, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);

  /* Broken stays broken, even for good input. */
  g_assert_false (lading_log_demuxer_push (demuxer, good, sizeof good, transcript_cb, &transcript,
                                           &again));
  g_assert_error (again, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
  g_assert_false (lading_log_demuxer_finish (demuxer, &end));
  g_assert_error (end, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
  g_assert_cmpuint (transcript.n_calls, ==, 0);
  g_string_free (transcript.text, TRUE);
}

static void
test_log_demuxer_garbage (void)
{
  const guint8 unknown_type[8] = { 4, 0, 0, 0, 0, 0, 0, 1 };
  const guint8 padding[8] = { 1, 0, 1, 0, 0, 0, 0, 1 };
  const guint8 text[8] = { 'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o' };

  assert_garbage (unknown_type);
  assert_garbage (padding);
  assert_garbage (text);
}

static void
assert_truncated (const guint8 *data,
                  gsize         length)
{
  g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
  g_autoptr(GError) error = NULL;
  Transcript transcript;

  transcript_init (&transcript);
  push_ok (demuxer, data, length, &transcript);
  g_assert_false (lading_log_demuxer_finish (demuxer, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
  g_string_free (transcript.text, TRUE);
}

static void
test_log_demuxer_truncated (void)
{
  const guint8 frame[] = { 1, 0, 0, 0, 0, 0, 0, 4, 'a', 'b', 'c', 'd' };

  /* Every cut inside the frame; the whole frame is a clean end. */
  for (gsize length = 1; length < sizeof frame; length++)
    assert_truncated (frame, length);

  {
    g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
    Transcript transcript;

    transcript_init (&transcript);
    push_ok (demuxer, frame, sizeof frame, &transcript);
    finish_ok (demuxer);
    g_assert_cmpstr (transcript.text->str, ==, "1:abcd");
    g_string_free (transcript.text, TRUE);
  }
}

static void
test_log_demuxer_raw (void)
{
  g_autoptr(GByteArray) sample = build_sample ();
  g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (TRUE);
  g_autoptr(GString) expected = g_string_new ("1:");
  Transcript transcript;

  /* A TTY's output is passed on untouched, whatever it looks like. */
  transcript_init (&transcript);
  push_ok (demuxer, sample->data, 5, &transcript);
  push_ok (demuxer, NULL, 0, &transcript);
  push_ok (demuxer, sample->data + 5, sample->len - 5, &transcript);
  finish_ok (demuxer);

  g_string_append_len (expected, (const char *)sample->data, sample->len);
  g_assert_cmpmem (transcript.text->str, transcript.text->len, expected->str, expected->len);
  g_assert_cmpuint (transcript.n_calls, ==, 2);
  g_string_free (transcript.text, TRUE);
}

/* One frame as the engine sent it (ENGINE-API.md §4.3). */
static void
test_log_demuxer_recorded (void)
{
  const char payload[] = "2026-11-28T03:28:47.208636565Z err 4\n";
  const guint8 header[8] = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x25 };
  g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
  Transcript transcript;

  g_assert_cmpuint (strlen (payload), ==, 0x25);
  transcript_init (&transcript);
  push_ok (demuxer, header, sizeof header, &transcript);
  push_ok (demuxer, (const guint8 *)payload, strlen (payload), &transcript);
  finish_ok (demuxer);
  g_assert_cmpstr (transcript.text->str, ==, "2:2026-11-28T03:28:47.208636565Z err 4\n");
  g_string_free (transcript.text, TRUE);
}

typedef struct
{
  LadingLogLineSplitter *splitter;
  GPtrArray             *lines;   /* "<stream digit>:<text without timestamp>" */
  LadingLogStream        stream;
} RecordedStream;

static void
recorded_line_cb (const char *line,
                  gsize       length,
                  gpointer    user_data)
{
  RecordedStream *recorded = user_data;
  const char *text = NULL;
  gsize text_length = 0;

  g_assert_true (lading_log_line_split_timestamp (line, length, NULL, &text, &text_length));
  g_ptr_array_add (recorded->lines, g_strdup_printf ("%d:%.*s", recorded->stream,
                                                     (int)text_length, text));
}

static void
recorded_chunk_cb (LadingLogStream  stream,
                   const guint8    *data,
                   gsize            length,
                   gpointer         user_data)
{
  RecordedStream *recorded = &((RecordedStream *)user_data)[stream == LADING_LOG_STREAM_STDERR];

  g_assert_cmpint (recorded->stream, ==, stream);
  lading_log_line_splitter_push (recorded->splitter, (const char *)data, length,
                                 recorded_line_cb, recorded);
}

/* A log with timestamps=1 recorded from the engine (tests/data/README), read
 * the way LadingLogReader does: per stream, with the time split off. */
static void
test_log_demuxer_recorded_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "logs-multiplexed.bin",
                                                 NULL);
  g_autoptr(LadingLogDemuxer) demuxer = lading_log_demuxer_new (FALSE);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) err = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  RecordedStream streams[2] = {
    { lading_log_line_splitter_new (), out, LADING_LOG_STREAM_STDOUT },
    { lading_log_line_splitter_new (), err, LADING_LOG_STREAM_STDERR },
  };
  const char *long_line;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (lading_log_demuxer_push (demuxer, (const guint8 *)contents, length,
                                          recorded_chunk_cb, streams, &error));
  g_assert_no_error (error);
  finish_ok (demuxer);
  for (guint i = 0; i < G_N_ELEMENTS (streams); i++)
    {
      lading_log_line_splitter_flush (streams[i].splitter, recorded_line_cb, &streams[i]);
      lading_log_line_splitter_free (streams[i].splitter);
    }

  /* The streams are separate pipes: only each one's order is kept. */
  g_assert_cmpuint (out->len, ==, 6);
  g_assert_cmpstr (out->pdata[0], ==, "1:out 1");
  g_assert_cmpstr (out->pdata[1], ==, "1:\033[1mbold\033[0m");
  /* The engine's log driver joined the two writes of one line. */
  g_assert_cmpstr (out->pdata[2], ==, "1:partial line");
  g_assert_cmpstr (out->pdata[3], ==, "1:");
  /* It cuts lines at 16 KiB and puts a timestamp before each piece, so the
   * second piece's time is part of the text. */
  long_line = out->pdata[4];
  g_assert_cmpuint (strlen (long_line), ==, 2 + 20000 + 31);
  g_assert_cmpint (long_line[2 + 16384 + 30], ==, ' ');
  g_assert_cmpstr (out->pdata[5], ==, "1:no newline");

  g_assert_cmpuint (err->len, ==, 2);
  g_assert_cmpstr (err->pdata[0], ==, "2:err 1");
  g_assert_cmpstr (err->pdata[1], ==, "2:err 2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/log-demuxer/frames", test_log_demuxer_frames);
  g_test_add_func ("/api/log-demuxer/split-everywhere", test_log_demuxer_split_everywhere);
  g_test_add_func ("/api/log-demuxer/empty-frames", test_log_demuxer_empty_frames);
  g_test_add_func ("/api/log-demuxer/huge-frame", test_log_demuxer_huge_frame);
  g_test_add_func ("/api/log-demuxer/garbage", test_log_demuxer_garbage);
  g_test_add_func ("/api/log-demuxer/truncated", test_log_demuxer_truncated);
  g_test_add_func ("/api/log-demuxer/raw", test_log_demuxer_raw);
  g_test_add_func ("/api/log-demuxer/recorded", test_log_demuxer_recorded);
  g_test_add_func ("/api/log-demuxer/recorded-file", test_log_demuxer_recorded_file);

  return g_test_run ();
}
