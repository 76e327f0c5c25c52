/* lading-engine-actions.c
 *
 * The container actions of LadingEngine: the generic state change (start,
 * stop, restart, pause, unpause, kill, remove), kill with a chosen signal,
 * rename, top and the raw inspect JSON.  The state
 * changes answer 204 (or 304 when there was nothing to do) with no body; what
 * changed reaches the lists through /events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine-actions"

#include "config.h"

#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-engine.h"
#include "lading-json-private.h"
#include "lading-process-list-private.h"

/* What one state change needs besides the container's id. */
typedef struct
{
  LadingContainerAction      action;
  LadingContainerActionFlags flags;
  const char                *signal_name;
} ActionArgs;

static gpointer
parse_json_object (GBytes  *bytes,
                   GError **error)
{
  return _lading_json_parse_object_bytes (bytes, "an inspect reply", error);
}

static const char *
action_suffix (LadingContainerAction action)
{
  switch (action)
    {
    case LADING_CONTAINER_ACTION_START:
      return "/start";

    case LADING_CONTAINER_ACTION_STOP:
      return "/stop";

    case LADING_CONTAINER_ACTION_RESTART:
      return "/restart";

    case LADING_CONTAINER_ACTION_PAUSE:
      return "/pause";

    case LADING_CONTAINER_ACTION_UNPAUSE:
      return "/unpause";

    case LADING_CONTAINER_ACTION_KILL:
      return "/kill";

    case LADING_CONTAINER_ACTION_REMOVE:
      return "";

    default:
      g_return_val_if_reached (NULL);
    }
}

/* The query of @args: the signal, the remove options. */
static char *
dup_action_query (const ActionArgs *args)
{
  g_autofree char *signal_name = NULL;
  GString *query = g_string_new (NULL);

  switch (args->action)
    {
    case LADING_CONTAINER_ACTION_KILL:
      signal_name = g_uri_escape_string (args->signal_name != NULL ? args->signal_name : "SIGKILL",
                                         NULL, FALSE);
      g_string_append_printf (query, "?signal=%s", signal_name);
      break;

    case LADING_CONTAINER_ACTION_REMOVE:
      g_string_append_printf (query, "?force=%d&v=%d",
                              (args->flags & LADING_CONTAINER_ACTION_FLAGS_FORCE) != 0,
                              (args->flags & LADING_CONTAINER_ACTION_FLAGS_REMOVE_VOLUMES) != 0);
      break;

    case LADING_CONTAINER_ACTION_START:
    case LADING_CONTAINER_ACTION_STOP:
    case LADING_CONTAINER_ACTION_RESTART:
    case LADING_CONTAINER_ACTION_PAUSE:
    case LADING_CONTAINER_ACTION_UNPAUSE:
    default:
      break;
    }

  return g_string_free (query, FALSE);
}

static void
send_action (LadingEngine        *self,
             const char          *id,
             const ActionArgs    *args,
             gpointer             source_tag,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  g_autofree char *prefix = NULL;
  g_autofree char *query = NULL;
  g_autofree char *path = NULL;

  prefix = _lading_engine_dup_object_path ("/containers/", id, action_suffix (args->action));
  query = dup_action_query (args);
  path = g_strconcat (prefix, query, NULL);

  _lading_engine_request_async (self,
                                args->action == LADING_CONTAINER_ACTION_REMOVE ? "DELETE" : "POST",
                                path, _lading_engine_parse_nothing, NULL, source_tag,
                                cancellable, callback, user_data);
}

/**
 * lading_engine_kill_container_async:
 * @signal_name: (nullable): a signal name ("SIGTERM", "HUP") or number, or
 *   %NULL for SIGKILL
 *
 * Sends a signal to the container's main process.  A container that is not
 * running fails with %LADING_ENGINE_ERROR_CONFLICT.
 */
void
lading_engine_kill_container_async (LadingEngine        *self,
                                    const char          *id,
                                    const char          *signal_name,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  ActionArgs args = { .action = LADING_CONTAINER_ACTION_KILL, .signal_name = signal_name };

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);

  send_action (self, id, &args, lading_engine_kill_container_async,
               cancellable, callback, user_data);
}

gboolean
lading_engine_kill_container_finish (LadingEngine  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _lading_engine_propagate_done (self, result, lading_engine_kill_container_async,
                                        error);
}

/**
 * lading_engine_rename_container_async:
 * @new_name: the new name, without the leading "/"
 *
 * A name that another container has fails with %LADING_ENGINE_ERROR_CONFLICT.
 */
void
lading_engine_rename_container_async (LadingEngine        *self,
                                      const char          *id,
                                      const char          *new_name,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autofree char *prefix = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (new_name != NULL);

  prefix = _lading_engine_dup_object_path ("/containers/", id, "/rename?name=");
  name = g_uri_escape_string (new_name, NULL, FALSE);
  path = g_strconcat (prefix, name, NULL);
  _lading_engine_request_async (self, "POST", path, _lading_engine_parse_nothing, NULL,
                                lading_engine_rename_container_async,
                                cancellable, callback, user_data);
}

gboolean
lading_engine_rename_container_finish (LadingEngine  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return _lading_engine_propagate_done (self, result, lading_engine_rename_container_async,
                                        error);
}

/**
 * lading_engine_top_container_async:
 *
 * Lists the processes of a running container as `ps -ef` inside it sees
 * them.  A container that is not running fails with
 * %LADING_ENGINE_ERROR_CONFLICT.
 */
void
lading_engine_top_container_async (LadingEngine        *self,
                                   const char          *id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);

  _lading_engine_get_object_async (self, "/containers/", id, "/top",
                                   (LadingParseFunc)_lading_process_list_parse,
                                   (GDestroyNotify)lading_process_list_unref,
                                   lading_engine_top_container_async,
                                   cancellable, callback, user_data);
}

/**
 * lading_engine_top_container_finish:
 *
 * Returns: (transfer full): the processes
 */
LadingProcessList *
lading_engine_top_container_finish (LadingEngine  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_top_container_async, error);
}

/**
 * lading_engine_inspect_container_json_async:
 *
 * Reads `GET /containers/{id}/json` as the engine sent it, every field
 * included, for showing the whole document.
 */
void
lading_engine_inspect_container_json_async (LadingEngine        *self,
                                            const char          *id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);

  path = _lading_engine_dup_object_path ("/containers/", id, "/json");
  _lading_engine_request_async (self, "GET", path, parse_json_object,
                                (GDestroyNotify)json_node_unref,
                                lading_engine_inspect_container_json_async,
                                cancellable, callback, user_data);
}

/**
 * lading_engine_inspect_container_json_finish:
 *
 * Returns: (transfer full): a node holding the inspect object
 */
JsonNode *
lading_engine_inspect_container_json_finish (LadingEngine  *self,
                                             GAsyncResult  *result,
                                             GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_inspect_container_json_async,
                                   error);
}

/**
 * lading_engine_container_action_async:
 * @action: what to do
 * @flags: options of %LADING_CONTAINER_ACTION_REMOVE
 *
 * Runs @action with the engine's defaults: stop and restart wait as long as
 * the container asks, kill sends SIGKILL.  For another signal use
 * lading_engine_kill_container_async().
 */
void
lading_engine_container_action_async (LadingEngine               *self,
                                      const char                 *id,
                                      LadingContainerAction       action,
                                      LadingContainerActionFlags  flags,
                                      GCancellable               *cancellable,
                                      GAsyncReadyCallback         callback,
                                      gpointer                    user_data)
{
  ActionArgs args = { .action = action, .flags = flags };

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (action <= LADING_CONTAINER_ACTION_REMOVE);

  send_action (self, id, &args, lading_engine_container_action_async,
               cancellable, callback, user_data);
}

gboolean
lading_engine_container_action_finish (LadingEngine  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return _lading_engine_propagate_done (self, result, lading_engine_container_action_async,
                                        error);
}
