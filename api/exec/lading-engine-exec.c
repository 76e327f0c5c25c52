/* lading-engine-exec.c
 *
 * Interactive sessions of LadingEngine: exec create, start, resize and
 * inspect, container attach and resize.  Exec start and attach go through
 * the hijack client (lading-hijack-request.c); the rest through libsoup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine-exec"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-exec-private.h"
#include "lading-engine-exec.h"
#include "lading-engine-private.h"
#include "lading-hijack-request-private.h"
#include "lading-hijacked-stream-private.h"
#include "lading-json-private.h"

/* ExitCode is null while the process runs; no exit code is this low. */
#define EXIT_CODE_NULL G_MININT64

typedef struct
{
  gboolean running;
  int      exit_code;
} ExecState;

/**
 * _lading_engine_exec_build_create_body:
 * @api_version: the negotiated API version: ConsoleSize needs 1.42
 *
 * Returns: (transfer full): the JSON body of `POST /containers/{id}/exec`
 */
GBytes *
_lading_engine_exec_build_create_body (const LadingExecSpec *spec,
                                       const char           *api_version)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;
  char *json;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "AttachStdin");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "AttachStdout");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "AttachStderr");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "Tty");
  json_builder_add_boolean_value (builder, spec->tty);

  json_builder_set_member_name (builder, "Cmd");
  json_builder_begin_array (builder);
  for (guint i = 0; spec->argv[i] != NULL; i++)
    json_builder_add_string_value (builder, spec->argv[i]);
  json_builder_end_array (builder);

  /* The engine gives a TTY exec TERM=xterm; VTE is more than that. */
  if (spec->tty || (spec->env != NULL && spec->env[0] != NULL))
    {
      json_builder_set_member_name (builder, "Env");
      json_builder_begin_array (builder);
      if (spec->tty)
        json_builder_add_string_value (builder, "TERM=xterm-256color");
      for (guint i = 0; spec->env != NULL && spec->env[i] != NULL; i++)
        json_builder_add_string_value (builder, spec->env[i]);
      json_builder_end_array (builder);
    }

  if (spec->user != NULL)
    {
      json_builder_set_member_name (builder, "User");
      json_builder_add_string_value (builder, spec->user);
    }

  /* Sized from the start, the shell's first prompt already fits. */
  if (spec->rows > 0 && spec->columns > 0 &&
      _lading_api_version_compare (api_version, "1.42") >= 0)
    {
      json_builder_set_member_name (builder, "ConsoleSize");
      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, spec->rows);
      json_builder_add_int_value (builder, spec->columns);
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json = json_to_string (root, FALSE);

  return g_bytes_new_take (json, strlen (json));
}

static gpointer
parse_exec_id (JsonObject  *object,
               gpointer     user_data,
               GError     **error)
{
  const char *id = _lading_json_get_string (object, "Id");

  if (id == NULL || *id == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "The engine created an exec without an Id");
      return NULL;
    }

  return g_strdup (id);
}

static gpointer
parse_created (GBytes  *bytes,
               GError **error)
{
  return _lading_json_parse_single (bytes, "exec", parse_exec_id, NULL, error);
}

static gpointer
parse_exec_state (JsonObject  *object,
                  gpointer     user_data,
                  GError     **error)
{
  gint64 exit_code = _lading_json_get_int (object, "ExitCode", EXIT_CODE_NULL);
  ExecState *state = g_new0 (ExecState, 1);

  state->running = exit_code == EXIT_CODE_NULL;
  state->exit_code = state->running ? 0 : (int)CLAMP (exit_code, G_MININT, G_MAXINT);

  return state;
}

/**
 * _lading_engine_exec_parse_inspect:
 *
 * Reads `GET /exec/{id}/json`: *@running is %TRUE while ExitCode is null.
 */
gboolean
_lading_engine_exec_parse_inspect (GBytes    *bytes,
                                   gboolean  *running,
                                   int       *exit_code,
                                   GError   **error)
{
  g_autofree ExecState *state = NULL;

  if (!(state = _lading_json_parse_single (bytes, "exec", parse_exec_state, NULL, error)))
    return FALSE;

  *running = state->running;
  *exit_code = state->exit_code;
  return TRUE;
}

static gpointer
parse_inspect (GBytes  *bytes,
               GError **error)
{
  g_autofree ExecState *state = g_new0 (ExecState, 1);

  if (!_lading_engine_exec_parse_inspect (bytes, &state->running, &state->exit_code, error))
    return NULL;

  return g_steal_pointer (&state);
}

/* Resize replies are empty; any non-NULL pointer means "done". */
static gpointer
parse_nothing (GBytes  *bytes,
               GError **error)
{
  return GINT_TO_POINTER (TRUE);
}

static void
hijack_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  LadingEngine *engine = (LadingEngine *)object;
  g_autoptr(GTask) task = user_data;
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GIOStream) connection = NULL;
  g_autoptr(GError) error = NULL;
  gboolean tty = GPOINTER_TO_INT (g_task_get_task_data (task));

  if (!(connection = _lading_hijack_request_finish (engine, result, &input, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task,
                         _lading_hijacked_stream_new (lading_engine_get_endpoint (engine),
                                                      connection, input, tty),
                         g_object_unref);
}

static void
hijack_async (LadingEngine        *self,
              const char          *path,
              GBytes              *json_body,
              gboolean             tty,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, GINT_TO_POINTER (tty), NULL);

  _lading_hijack_request_async (self, path, json_body, cancellable,
                                hijack_cb, g_steal_pointer (&task));
}

static void
resize_async (LadingEngine        *self,
              const char          *prefix,
              const char          *id,
              guint                rows,
              guint                columns,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autofree char *suffix = g_strdup_printf ("/resize?h=%u&w=%u", rows, columns);
  g_autofree char *path = _lading_engine_dup_object_path (prefix, id, suffix);

  _lading_engine_request_async (self, "POST", path, parse_nothing, NULL, source_tag,
                                cancellable, callback, user_data);
}

/**
 * lading_engine_create_exec_async:
 * @spec: what to run and how; copied
 *
 * Creates an exec with stdin, stdout and stderr attached.  A container that
 * is not running (or is paused) fails with %LADING_ENGINE_ERROR_CONFLICT.
 */
void
lading_engine_create_exec_async (LadingEngine         *self,
                                 const char           *container_id,
                                 const LadingExecSpec *spec,
                                 GCancellable         *cancellable,
                                 GAsyncReadyCallback   callback,
                                 gpointer              user_data)
{
  g_autoptr(GBytes) body = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (container_id != NULL);
  g_return_if_fail (spec != NULL && spec->argv != NULL && spec->argv[0] != NULL);

  body = _lading_engine_exec_build_create_body (spec, lading_engine_get_api_version (self));
  path = _lading_engine_dup_object_path ("/containers/", container_id, "/exec");
  _lading_engine_request_json_async (self, "POST", path, body, parse_created, g_free,
                                     lading_engine_create_exec_async,
                                     cancellable, callback, user_data);
}

/**
 * lading_engine_create_exec_finish:
 *
 * Returns: (transfer full): the exec's id
 */
char *
lading_engine_create_exec_finish (LadingEngine  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_create_exec_async, error);
}

/**
 * lading_engine_start_exec_async:
 * @tty: as given to lading_engine_create_exec_async()
 *
 * Starts the exec and takes over its connection.  A bad id fails with
 * %LADING_ENGINE_ERROR_NOT_FOUND.
 */
void
lading_engine_start_exec_async (LadingEngine        *self,
                                const char          *exec_id,
                                gboolean             tty,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  const char *json = tty ? "{\"Detach\":false,\"Tty\":true}" : "{\"Detach\":false,\"Tty\":false}";
  g_autoptr(GBytes) body = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (exec_id != NULL);

  /* The engine refuses a start without an application/json body. */
  body = g_bytes_new_static (json, strlen (json));
  path = _lading_engine_dup_object_path ("/exec/", exec_id, "/start");
  hijack_async (self, path, body, tty, lading_engine_start_exec_async,
                cancellable, callback, user_data);
}

/**
 * lading_engine_start_exec_finish:
 *
 * Returns: (transfer full): the exec's stream; call
 *   lading_hijacked_stream_start() to read it
 */
LadingHijackedStream *
lading_engine_start_exec_finish (LadingEngine  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_start_exec_async, error);
}

/**
 * lading_engine_attach_container_async:
 * @tty: the container's Config.Tty: raw bytes, or multiplexed frames
 * @with_stdin: send input too; the engine wires it only if the container
 *   has OpenStdin
 * @detach_keys: (nullable): the engine's detach sequence, e.g. "ctrl-@,ctrl-]";
 *   %NULL keeps the engine's default, Ctrl-P Ctrl-Q
 *
 * Attaches to the container's stdio from now on (no earlier output).
 */
void
lading_engine_attach_container_async (LadingEngine        *self,
                                      const char          *container_id,
                                      gboolean             tty,
                                      gboolean             with_stdin,
                                      const char          *detach_keys,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autofree char *suffix = NULL;
  g_autofree char *path = NULL;
  g_autofree char *keys = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (container_id != NULL);

  if (detach_keys != NULL)
    keys = g_uri_escape_string (detach_keys, NULL, FALSE);
  suffix = g_strdup_printf ("/attach?stream=1&stdin=%d&stdout=1&stderr=1%s%s",
                            with_stdin ? 1 : 0,
                            keys != NULL ? "&detachKeys=" : "", keys != NULL ? keys : "");
  path = _lading_engine_dup_object_path ("/containers/", container_id, suffix);
  hijack_async (self, path, NULL, tty, lading_engine_attach_container_async,
                cancellable, callback, user_data);
}

/**
 * lading_engine_attach_container_finish:
 *
 * Returns: (transfer full): the container's stream
 */
LadingHijackedStream *
lading_engine_attach_container_finish (LadingEngine  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_attach_container_async, error);
}

/**
 * lading_engine_resize_exec_async:
 *
 * Sets the exec's TTY size.  It may fail before the process has started
 * (the CLI retries its first resize), and fails with
 * %LADING_ENGINE_ERROR_NOT_FOUND once the exec has ended.
 */
void
lading_engine_resize_exec_async (LadingEngine        *self,
                                 const char          *exec_id,
                                 guint                rows,
                                 guint                columns,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (exec_id != NULL);

  resize_async (self, "/exec/", exec_id, rows, columns, lading_engine_resize_exec_async,
                cancellable, callback, user_data);
}

gboolean
lading_engine_resize_exec_finish (LadingEngine  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_resize_exec_async, error) != NULL;
}

/**
 * lading_engine_resize_container_async:
 *
 * Sets the TTY size of a container (for attach).  A stopped container fails
 * with %LADING_ENGINE_ERROR_CONFLICT.
 */
void
lading_engine_resize_container_async (LadingEngine        *self,
                                      const char          *container_id,
                                      guint                rows,
                                      guint                columns,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (container_id != NULL);

  resize_async (self, "/containers/", container_id, rows, columns,
                lading_engine_resize_container_async, cancellable, callback, user_data);
}

gboolean
lading_engine_resize_container_finish (LadingEngine  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_resize_container_async,
                                   error) != NULL;
}

/**
 * lading_engine_inspect_exec_async:
 *
 * Reads whether the exec still runs and, once it ended, its exit code.  Just
 * after its stream ended the process may still count as running for a moment.
 */
void
lading_engine_inspect_exec_async (LadingEngine        *self,
                                  const char          *exec_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (exec_id != NULL);

  path = _lading_engine_dup_object_path ("/exec/", exec_id, "/json");
  _lading_engine_request_async (self, "GET", path, parse_inspect, g_free,
                                lading_engine_inspect_exec_async,
                                cancellable, callback, user_data);
}

/**
 * lading_engine_inspect_exec_finish:
 * @running: (out): %TRUE while the exec's ExitCode is null
 * @exit_code: (out): the exit code, when not running
 */
gboolean
lading_engine_inspect_exec_finish (LadingEngine  *self,
                                   GAsyncResult  *result,
                                   gboolean      *running,
                                   int           *exit_code,
                                   GError       **error)
{
  g_autofree ExecState *state = NULL;

  g_return_val_if_fail (running != NULL, FALSE);
  g_return_val_if_fail (exit_code != NULL, FALSE);

  if (!(state = _lading_engine_propagate (self, result, lading_engine_inspect_exec_async, error)))
    return FALSE;

  *running = state->running;
  *exit_code = state->exit_code;
  return TRUE;
}
