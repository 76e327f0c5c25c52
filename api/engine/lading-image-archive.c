/* lading-image-archive.c
 *
 * Images to and from tar files, as `docker save` and `docker load` make and
 * read them: GET /images/{name}/get streams the archive, which is copied
 * to the caller's stream in pieces of 256 KiB; POST /images/load takes one
 * as its body and answers with JSON lines naming what it loaded, or an
 * error.  Progress is reported ten times a second at most.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-engine.h"
#include "lading-json-private.h"

#define CHUNK_SIZE (256 * 1024)
#define PROGRESS_INTERVAL (G_USEC_PER_SEC / 10)

typedef struct
{
  GInputStream               *input;
  GOutputStream              *output;
  LadingImageArchiveProgress  progress;
  gpointer                    progress_data;
  goffset                     done;
  gint64                      last_progress;  /* monotonic µs */
  GString                    *lines;          /* a load's reply, as it came */
  SoupMessage                *message;        /* a load's, while it may write */
  gulong                      wrote_id;
} Copy;

static void
copy_free (Copy *copy)
{
  if (copy->input != NULL)
    _lading_engine_abandon_stream (copy->input);
  g_clear_object (&copy->input);
  g_clear_object (&copy->output);
  /* The session may hold the message longer than the copy lives. */
  if (copy->message != NULL)
    g_clear_signal_handler (&copy->wrote_id, copy->message);
  g_clear_object (&copy->message);
  if (copy->lines != NULL)
    g_string_free (copy->lines, TRUE);
  g_free (copy);
}

static void
report_progress (Copy     *copy,
                 gboolean  force)
{
  gint64 now = g_get_monotonic_time ();

  if (copy->progress == NULL || (!force && now - copy->last_progress < PROGRESS_INTERVAL))
    return;

  copy->last_progress = now;
  copy->progress (copy->done, copy->progress_data);
}

/* Save ------------------------------------------------------------------- */

static void save_read_next (GTask *task);

static void
save_written_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Copy *copy = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gsize written = 0;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, &written, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  copy->done += written;
  report_progress (copy, FALSE);
  save_read_next (g_steal_pointer (&task));
}

static void
save_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Copy *copy = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;

  if (!(bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_bytes_get_size (bytes) == 0)
    {
      report_progress (copy, TRUE);
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* The task keeps the bytes until they are written. */
  g_object_set_data_full (G_OBJECT (task), "lading-chunk", g_bytes_ref (bytes),
                          (GDestroyNotify)g_bytes_unref);
  cancellable = g_task_get_cancellable (task);
  g_output_stream_write_all_async (copy->output, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), G_PRIORITY_DEFAULT, cancellable,
                                   save_written_cb, g_steal_pointer (&task));
}

/* Takes @task. */
static void
save_read_next (GTask *task)
{
  Copy *copy = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (copy->input, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), save_read_cb, task);
}

static void
save_opened_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Copy *copy = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  copy->input = _lading_engine_propagate (LADING_ENGINE (object), result,
                                          lading_engine_save_image_async, &error);
  if (copy->input == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  save_read_next (g_steal_pointer (&task));
}

/**
 * lading_engine_save_image_async:
 * @image: an image id or name
 * @output: where the tar archive goes; the caller closes it
 * @progress: (nullable): called with the bytes written so far
 *
 * Writes @image as `docker save` would.  On failure @output holds part of
 * an archive: write to a file from g_file_replace() and close it with a
 * cancelled cancellable then, and the file that was there stays.
 */
void
lading_engine_save_image_async (LadingEngine               *self,
                                const char                 *image,
                                GOutputStream              *output,
                                LadingImageArchiveProgress  progress,
                                gpointer                    progress_data,
                                GCancellable               *cancellable,
                                GAsyncReadyCallback         callback,
                                gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  Copy *copy;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (image != NULL);
  g_return_if_fail (G_IS_OUTPUT_STREAM (output));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_engine_save_image_async);
  copy = g_new0 (Copy, 1);
  copy->output = g_object_ref (output);
  copy->progress = progress;
  copy->progress_data = progress_data;
  g_task_set_task_data (task, copy, (GDestroyNotify)copy_free);

  path = _lading_engine_dup_object_path ("/images/", image, "/get");
  _lading_engine_open_stream_async (self, "GET", path, lading_engine_save_image_async,
                                    cancellable, save_opened_cb, g_steal_pointer (&task));
}

gboolean
lading_engine_save_image_finish (LadingEngine  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Load ------------------------------------------------------------------- */

/* Lines of {"stream":"Loaded image: busybox:latest\n"} (or "Loaded image
 * ID: sha256:…" for an untagged one), {"status":"Loading layer",…} while
 * it reads, or {"errorDetail":…,"error":"…"}. */
static GStrv
parse_load_reply (const char  *reply,
                  GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (reply, "\n", -1);
  g_autoptr(GStrvBuilder) loaded = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *object;
      const char *text;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[i], -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                               "the engine's load reply holds a line that is not a JSON object");
          return NULL;
        }

      object = json_node_get_object (json_parser_get_root (parser));
      if ((text = _lading_json_get_string (object, "error")) != NULL)
        {
          g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_FAILED, text);
          return NULL;
        }
      if ((text = _lading_json_get_string (object, "stream")) != NULL &&
          (g_str_has_prefix (text, "Loaded image: ") || g_str_has_prefix (text, "Loaded image ID: ")))
        {
          g_autofree char *name = g_strstrip (g_strdup (strchr (text, ':') + 1));

          g_strv_builder_add (loaded, name);
        }
    }

  return g_strv_builder_end (loaded);
}

static void
load_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Copy *copy = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable = g_task_get_cancellable (task);
  GStrv loaded;

  if (!(bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_bytes_get_size (bytes) > 0)
    {
      g_string_append_len (copy->lines, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_input_stream_read_bytes_async (copy->input, CHUNK_SIZE, G_PRIORITY_DEFAULT, cancellable,
                                       load_read_cb, g_steal_pointer (&task));
      return;
    }

  if (!(loaded = parse_load_reply (copy->lines->str, &error)))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, loaded, (GDestroyNotify)g_strfreev);
}

static void
load_opened_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Copy *copy = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;

  copy->input = _lading_engine_propagate (LADING_ENGINE (object), result,
                                          lading_engine_load_image_async, &error);
  if (copy->input == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The whole body is sent by now. */
  report_progress (copy, TRUE);
  cancellable = g_task_get_cancellable (task);
  g_input_stream_read_bytes_async (copy->input, CHUNK_SIZE, G_PRIORITY_DEFAULT, cancellable,
                                   load_read_cb, g_steal_pointer (&task));
}

static void
wrote_body_data_cb (SoupMessage *message,
                    guint        chunk_size,
                    Copy        *copy)
{
  copy->done += chunk_size;
  report_progress (copy, FALSE);
}

/**
 * lading_engine_load_image_async:
 * @archive: a tar archive from `docker save` or lading_engine_save_image_async()
 * @size: its length in bytes
 * @progress: (nullable): called with the bytes sent so far
 *
 * Loads the images in @archive, as `docker load` does.
 */
void
lading_engine_load_image_async (LadingEngine               *self,
                                GInputStream               *archive,
                                goffset                     size,
                                LadingImageArchiveProgress  progress,
                                gpointer                    progress_data,
                                GCancellable               *cancellable,
                                GAsyncReadyCallback         callback,
                                gpointer                    user_data)
{
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GTask) task = NULL;
  Copy *copy;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (G_IS_INPUT_STREAM (archive));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_engine_load_image_async);
  copy = g_new0 (Copy, 1);
  copy->progress = progress;
  copy->progress_data = progress_data;
  copy->lines = g_string_new (NULL);
  g_task_set_task_data (task, copy, (GDestroyNotify)copy_free);

  message = _lading_engine_new_message (self, "POST", "/images/load");
  soup_message_set_request_body (message, "application/x-tar", archive, size);
  copy->message = g_object_ref (message);
  copy->wrote_id = g_signal_connect (message, "wrote-body-data", G_CALLBACK (wrote_body_data_cb),
                                     copy);
  _lading_engine_send_stream_async (self, message, lading_engine_load_image_async, cancellable,
                                    load_opened_cb, g_steal_pointer (&task));
}

/**
 * lading_engine_load_image_finish:
 *
 * Returns: (transfer full): the names of the images loaded, or their ids
 *   for those without a name; %NULL with @error set
 */
GStrv
lading_engine_load_image_finish (LadingEngine  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
