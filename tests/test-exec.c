/* test-exec.c
 *
 * Exec, attach and resize against the private engine: what goes into a
 * hijacked stream comes back out, a TTY takes its size, exit codes and the
 * engine's refusals arrive as LADING_ENGINE_ERROR.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-exec.h"
#include "lading-test-util.h"

/* What a stream delivered, and how it ended. */
typedef struct
{
  GByteArray *data;
  GError     *error;
  guint       closed;
} Received;

/* Waits for the text @needle in what a stream has delivered. */
typedef struct
{
  Received   *received;
  const char *needle;
} Expect;

static GAsyncResult *
await_result (GAsyncResult **result,
              const char    *what)
{
  lading_test_await_result (result, what);
  return *result;
}

static void
data_cb (LadingHijackedStream *stream,
         GBytes               *bytes,
         Received             *received)
{
  g_byte_array_append (received->data, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
closed_cb (LadingHijackedStream *stream,
           const GError         *error,
           Received             *received)
{
  received->closed++;
  g_clear_error (&received->error);
  received->error = error != NULL ? g_error_copy (error) : NULL;
}

static gboolean
is_closed (gpointer data)
{
  return ((Received *)data)->closed > 0;
}

static gboolean
has_text (gpointer data)
{
  Expect *expect = data;
  GByteArray *array = expect->received->data;

  return array->len > 0 &&
         g_strstr_len ((const char *)array->data, array->len, expect->needle) != NULL;
}

static void
await_text (Received   *received,
            const char *needle)
{
  Expect expect = { received, needle };

  lading_test_await (has_text, &expect, needle);
}

static void
received_init (Received             *received,
               LadingHijackedStream *stream)
{
  received->data = g_byte_array_new ();
  received->error = NULL;
  received->closed = 0;
  g_signal_connect (stream, "data", G_CALLBACK (data_cb), received);
  g_signal_connect (stream, "closed", G_CALLBACK (closed_cb), received);
}

static void
received_clear (Received *received)
{
  g_clear_pointer (&received->data, g_byte_array_unref);
  g_clear_error (&received->error);
}

static char *
running_container (const char *name,
                   const char *extra_json)
{
  g_autofree char *id = lading_test_create_container (name, extra_json);

  lading_test_container_action (id, "start", 204);
  return g_steal_pointer (&id);
}

static char *
create_exec (LadingEngine       *engine,
             const char         *container_id,
             const char * const *argv,
             gboolean            tty)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  LadingExecSpec spec = { .argv = argv, .tty = tty, .rows = 24, .columns = 80 };
  char *exec_id;

  lading_engine_create_exec_async (engine, container_id, &spec, NULL,
                                   lading_test_keep_result_cb, &result);
  exec_id = lading_engine_create_exec_finish (engine, await_result (&result, "exec create"),
                                              &error);
  g_assert_no_error (error);
  g_assert_nonnull (exec_id);

  return exec_id;
}

static LadingHijackedStream *
start_exec (LadingEngine *engine,
            const char   *exec_id,
            gboolean      tty)
{
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  lading_engine_start_exec_async (engine, exec_id, tty, NULL, lading_test_keep_result_cb, &result);
  stream = lading_engine_start_exec_finish (engine, await_result (&result, "exec start"), &error);
  g_assert_no_error (error);
  g_assert_true (LADING_IS_HIJACKED_STREAM (stream));
  g_assert_true (lading_hijacked_stream_get_tty (stream) == tty);

  return g_steal_pointer (&stream);
}

/* Polls the exec until its ExitCode is set: it may lag the stream's end. */
static int
await_exit_code (LadingEngine *engine,
                 const char   *exec_id)
{
  gboolean running = TRUE;
  int exit_code = -1;

  for (guint tries = 0; running; tries++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (tries, <, 1000);
      lading_engine_inspect_exec_async (engine, exec_id, NULL, lading_test_keep_result_cb, &result);
      g_assert_true (lading_engine_inspect_exec_finish (engine, await_result (&result, "inspect"),
                                                        &running, &exit_code, &error));
      g_assert_no_error (error);
    }

  return exit_code;
}

/* Splits multiplexed frames (8-byte header: stream, 0, 0, 0, big-endian
 * size) into @out[1] (stdout) and @out[2] (stderr); only whole frames, and
 * with @complete, nothing left over. */
static void
demux (GByteArray *data,
       GString    *out[3],
       gboolean    complete)
{
  gsize offset = 0;

  for (guint i = 0; i < 3; i++)
    g_string_truncate (out[i], 0);

  while (data->len - offset >= 8)
    {
      const guint8 *header = data->data + offset;
      guint32 size = (guint32)header[4] << 24 | header[5] << 16 | header[6] << 8 | header[7];

      g_assert_cmpuint (header[0], >=, 1);
      g_assert_cmpuint (header[0], <=, 2);
      if (data->len - offset - 8 < size)
        break;
      g_string_append_len (out[header[0]], (const char *)header + 8, size);
      offset += 8 + size;
    }

  if (complete)
    g_assert_cmpuint (offset, ==, data->len);
}

/* The stdout payload of a finished multiplexed stream with no stderr. */
static GString *
demux_stdout (GByteArray *data)
{
  GString *out[3] = { g_string_new (NULL), g_string_new (NULL), g_string_new (NULL) };

  demux (data, out, TRUE);
  g_assert_cmpuint (out[2]->len, ==, 0);
  g_string_free (out[0], TRUE);
  g_string_free (out[2], TRUE);

  return out[1];
}

static void
test_exec_cat_round_trip (void)
{
  const char * const argv[] = { "cat", NULL };
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autofree char *container_id = running_container ("lading-test-exec-cat", NULL);
  g_autofree char *exec_id = create_exec (engine, container_id, argv, FALSE);
  g_autoptr(GString) output = NULL;
  Received received;

  stream = start_exec (engine, exec_id, FALSE);
  received_init (&received, stream);
  lading_hijacked_stream_start (stream);

  /* Two writes queued at once keep their order; EOF on stdin ends cat. */
  lading_hijacked_stream_write (stream, (const guint8 *)"hel", 3);
  lading_hijacked_stream_write (stream, (const guint8 *)"lo\n", 3);
  lading_hijacked_stream_close_write (stream);
  lading_test_await (is_closed, &received, "cat to end");

  g_assert_no_error (received.error);
  g_assert_cmpuint (received.closed, ==, 1);
  output = demux_stdout (received.data);
  g_assert_cmpstr (output->str, ==, "hello\n");
  g_assert_cmpint (await_exit_code (engine, exec_id), ==, 0);

  received_clear (&received);
  lading_test_remove_container (container_id);
}

static void
test_exec_large_input (void)
{
  const char * const argv[] = { "cat", NULL };
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autofree char *container_id = running_container ("lading-test-exec-large", NULL);
  g_autofree char *exec_id = create_exec (engine, container_id, argv, FALSE);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GString) output = NULL;
  Received received;

  stream = start_exec (engine, exec_id, FALSE);
  received_init (&received, stream);
  lading_hijacked_stream_start (stream);

  /* 512 KiB in 2,048 queued writes: more than the socket buffers hold, so
   * the queue must wait on the reader and still keep every byte in order. */
  for (guint i = 0; i < 2048; i++)
    {
      char line[257];

      memset (line, 'a' + i % 26, 255);
      line[255] = '\n';
      line[256] = '\0';
      g_snprintf (line, 6, "%05u", i);
      line[5] = ' ';
      g_string_append_len (expected, line, 256);
      lading_hijacked_stream_write (stream, (const guint8 *)line, 256);
    }
  lading_hijacked_stream_close_write (stream);
  lading_test_await (is_closed, &received, "cat of 512 KiB to end");

  g_assert_no_error (received.error);
  output = demux_stdout (received.data);
  g_assert_cmpuint (output->len, ==, expected->len);
  g_assert_true (memcmp (output->str, expected->str, expected->len) == 0);

  received_clear (&received);
  lading_test_remove_container (container_id);
}

static void
test_exec_tty_resize (void)
{
  const char * const argv[] = { "sh", NULL };
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *container_id = running_container ("lading-test-exec-tty", NULL);
  g_autofree char *exec_id = create_exec (engine, container_id, argv, TRUE);
  Received received;

  stream = start_exec (engine, exec_id, TRUE);
  received_init (&received, stream);
  lading_hijacked_stream_start (stream);

  /* The prompt shows that the shell runs, so the resize cannot come early. */
  await_text (&received, "# ");
  lading_engine_resize_exec_async (engine, exec_id, 33, 101, NULL,
                                   lading_test_keep_result_cb, &result);
  g_assert_true (lading_engine_resize_exec_finish (engine, await_result (&result, "resize"),
                                                   &error));
  g_assert_no_error (error);

  lading_hijacked_stream_write (stream, (const guint8 *)"stty size\n", 10);
  await_text (&received, "33 101");

  lading_hijacked_stream_write (stream, (const guint8 *)"exit 5\n", 7);
  lading_test_await (is_closed, &received, "shell to exit");
  g_assert_no_error (received.error);
  g_assert_cmpint (await_exit_code (engine, exec_id), ==, 5);

  received_clear (&received);
  lading_test_remove_container (container_id);
}

static void
test_exec_exit_code (void)
{
  const char * const argv[] = { "sh", "-c", "exit 7", NULL };
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autofree char *container_id = running_container ("lading-test-exec-exit", NULL);
  g_autofree char *exec_id = create_exec (engine, container_id, argv, FALSE);
  Received received;

  stream = start_exec (engine, exec_id, FALSE);
  received_init (&received, stream);
  lading_hijacked_stream_start (stream);
  lading_test_await (is_closed, &received, "exit 7");

  g_assert_no_error (received.error);
  g_assert_cmpuint (received.data->len, ==, 0);
  g_assert_cmpint (await_exit_code (engine, exec_id), ==, 7);

  received_clear (&received);
  lading_test_remove_container (container_id);
}

static void
test_exec_missing_binary (void)
{
  const char * const argv[] = { "lading-no-such-binary", NULL };
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autofree char *container_id = running_container ("lading-test-exec-missing", NULL);
  g_autofree char *exec_id = create_exec (engine, container_id, argv, TRUE);
  Received received;

  /* Create and start succeed; the runtime's complaint comes in the stream
   * (docker 20.10: "OCI runtime exec failed: … executable file not found in
   * $PATH") and the exit code is 126, which is how a shell probe tells. */
  stream = start_exec (engine, exec_id, TRUE);
  received_init (&received, stream);
  lading_hijacked_stream_start (stream);
  lading_test_await (is_closed, &received, "the failed exec to end");

  g_assert_no_error (received.error);
  await_text (&received, "executable file not found");
  g_assert_cmpint (await_exit_code (engine, exec_id), ==, 126);

  received_clear (&received);
  lading_test_remove_container (container_id);
}

static void
test_exec_close_detaches (void)
{
  const char * const argv[] = { "sh", NULL };
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autofree char *container_id = running_container ("lading-test-exec-close", NULL);
  g_autofree char *exec_id = create_exec (engine, container_id, argv, TRUE);
  Received received;

  stream = start_exec (engine, exec_id, TRUE);
  received_init (&received, stream);
  lading_hijacked_stream_start (stream);
  await_text (&received, "# ");

  /* "closed" comes at once and only once; later calls do nothing. */
  lading_hijacked_stream_close (stream);
  g_assert_cmpuint (received.closed, ==, 1);
  g_assert_no_error (received.error);
  lading_hijacked_stream_write (stream, (const guint8 *)"x", 1);
  lading_hijacked_stream_close_write (stream);
  lading_hijacked_stream_close (stream);
  g_assert_cmpuint (received.closed, ==, 1);

  received_clear (&received);
  lading_test_remove_container (container_id);
}

static void
test_attach_tty (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) attached = NULL;
  g_autoptr(GAsyncResult) resized = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *container_id = NULL;
  Received received;

  container_id = running_container ("lading-test-attach",
                                    "\"Cmd\":[\"sh\"],\"Tty\":true,\"OpenStdin\":true");

  lading_engine_attach_container_async (engine, container_id, TRUE, TRUE, "ctrl-@,ctrl-]",
                                        NULL, lading_test_keep_result_cb, &attached);
  stream = lading_engine_attach_container_finish (engine, await_result (&attached, "attach"),
                                                  &error);
  g_assert_no_error (error);
  received_init (&received, stream);
  lading_hijacked_stream_start (stream);

  lading_engine_resize_container_async (engine, container_id, 30, 90, NULL,
                                        lading_test_keep_result_cb, &resized);
  g_assert_true (lading_engine_resize_container_finish (engine,
                                                        await_result (&resized, "resize"),
                                                        &error));
  g_assert_no_error (error);

  /* The echo of the command line does not hold "at2"; only its output does. */
  lading_hijacked_stream_write (stream, (const guint8 *)"echo at$((1+1))\n", 16);
  await_text (&received, "at2");

  lading_hijacked_stream_close (stream);
  g_assert_cmpuint (received.closed, ==, 1);

  received_clear (&received);
  lading_test_remove_container (container_id);
}

static gboolean
has_both_streams (gpointer data)
{
  Received *received = data;
  GString *out[3] = { g_string_new (NULL), g_string_new (NULL), g_string_new (NULL) };
  gboolean done;

  demux (received->data, out, FALSE);
  /* dockerd copies stdout and stderr in separate goroutines, so either frame
   * may come first. */
  done = strstr (out[1]->str, "out x\n") != NULL && strstr (out[2]->str, "err x\n") != NULL;
  if (done)
    {
      g_assert_cmpstr (out[1]->str, ==, "out x\n");
      g_assert_cmpstr (out[2]->str, ==, "err x\n");
    }

  for (guint i = 0; i < 3; i++)
    g_string_free (out[i], TRUE);

  return done;
}

static void
test_attach_multiplexed (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) attached = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *container_id = NULL;
  Received received;

  container_id = running_container ("lading-test-attach-plain",
                                    "\"Cmd\":[\"sh\",\"-c\",\"while read l; do "
                                    "echo \\\"out $l\\\"; echo \\\"err $l\\\" >&2; done\"],"
                                    "\"OpenStdin\":true");

  lading_engine_attach_container_async (engine, container_id, FALSE, TRUE, NULL,
                                        NULL, lading_test_keep_result_cb, &attached);
  stream = lading_engine_attach_container_finish (engine, await_result (&attached, "attach"),
                                                  &error);
  g_assert_no_error (error);
  g_assert_false (lading_hijacked_stream_get_tty (stream));
  received_init (&received, stream);
  lading_hijacked_stream_start (stream);

  /* Without a TTY stdout and stderr come apart, as frames. */
  lading_hijacked_stream_write (stream, (const guint8 *)"x\n", 2);
  lading_test_await (has_both_streams, &received, "stdout and stderr frames");

  /* A container that stops ends the stream: no console is left frozen. */
  lading_test_container_action (container_id, "stop?t=0", 204);
  lading_test_await (is_closed, &received, "the stream to end with the container");
  g_assert_no_error (received.error);

  received_clear (&received);
  lading_test_remove_container (container_id);
}

static void
test_exec_bad_id (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) started = NULL;
  g_autoptr(GAsyncResult) resized = NULL;
  g_autoptr(GAsyncResult) inspected = NULL;
  g_autoptr(GError) error = NULL;
  gboolean running;
  int exit_code;

  lading_engine_start_exec_async (engine, "lading-no-such-exec", TRUE, NULL,
                                  lading_test_keep_result_cb, &started);
  stream = lading_engine_start_exec_finish (engine, await_result (&started, "start"), &error);
  g_assert_null (stream);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "lading-no-such-exec"));
  g_clear_error (&error);

  lading_engine_resize_exec_async (engine, "lading-no-such-exec", 10, 10, NULL,
                                   lading_test_keep_result_cb, &resized);
  g_assert_false (lading_engine_resize_exec_finish (engine, await_result (&resized, "resize"),
                                                    &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  lading_engine_inspect_exec_async (engine, "lading-no-such-exec", NULL,
                                    lading_test_keep_result_cb, &inspected);
  g_assert_false (lading_engine_inspect_exec_finish (engine, await_result (&inspected, "inspect"),
                                                     &running, &exit_code, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
}

static void
test_exec_stopped_container (void)
{
  const char * const argv[] = { "sh", NULL };
  LadingExecSpec spec = { .argv = argv, .tty = TRUE };
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(GAsyncResult) created = NULL;
  g_autoptr(GAsyncResult) resized = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *container_id = lading_test_create_container ("lading-test-exec-stopped", NULL);
  g_autofree char *exec_id = NULL;

  lading_engine_create_exec_async (engine, container_id, &spec, NULL,
                                   lading_test_keep_result_cb, &created);
  exec_id = lading_engine_create_exec_finish (engine, await_result (&created, "create"), &error);
  g_assert_null (exec_id);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_clear_error (&error);

  lading_engine_resize_container_async (engine, container_id, 10, 10, NULL,
                                        lading_test_keep_result_cb, &resized);
  g_assert_false (lading_engine_resize_container_finish (engine, await_result (&resized, "resize"),
                                                         &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);

  lading_test_remove_container (container_id);
}

static void
test_attach_missing_container (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* This error comes after the hijack as plain text that ends with EOF. */
  lading_engine_attach_container_async (engine, "lading-no-such-container", FALSE, FALSE, NULL,
                                        NULL, lading_test_keep_result_cb, &result);
  stream = lading_engine_attach_container_finish (engine, await_result (&result, "attach"),
                                                  &error);
  g_assert_null (stream);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "lading-no-such-container"));
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/api/exec/cat-round-trip", test_exec_cat_round_trip);
  g_test_add_func ("/api/exec/large-input", test_exec_large_input);
  g_test_add_func ("/api/exec/tty-resize", test_exec_tty_resize);
  g_test_add_func ("/api/exec/exit-code", test_exec_exit_code);
  g_test_add_func ("/api/exec/missing-binary", test_exec_missing_binary);
  g_test_add_func ("/api/exec/close-detaches", test_exec_close_detaches);
  g_test_add_func ("/api/exec/bad-id", test_exec_bad_id);
  g_test_add_func ("/api/exec/stopped-container", test_exec_stopped_container);
  g_test_add_func ("/api/attach/tty", test_attach_tty);
  g_test_add_func ("/api/attach/multiplexed", test_attach_multiplexed);
  g_test_add_func ("/api/attach/missing-container", test_attach_missing_container);

  return g_test_run ();
}
