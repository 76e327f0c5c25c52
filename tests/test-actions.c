/* test-actions.c
 *
 * The container actions and bulk runs against the real private engine: each
 * action's effect is read back through inspect, and failures keep the
 * engine's own words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-action-error.h"
#include "lading-bulk.h"
#include "lading-engine-error.h"
#include "lading-engine.h"
#include "lading-test-util.h"

#define N_BULK 10

typedef struct
{
  GAsyncResult *result;
  /* The result await() handed out last, kept until the next call. */
  GAsyncResult *last;
} Wait;

static void
wait_clear (Wait *wait)
{
  g_clear_object (&wait->result);
  g_clear_object (&wait->last);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Wait, wait_clear)

/* Runs the main loop until the call that keeps its result in @wait ends. */
static GAsyncResult *
await (Wait       *wait,
       const char *what)
{
  g_clear_object (&wait->last);
  lading_test_await_result (&wait->result, what);
  wait->last = g_steal_pointer (&wait->result);

  return wait->last;
}

/* Runs @action through the generic call that the app and LadingBulk use. */
static gboolean
run_action (LadingEngine                *engine,
            const char                 *id,
            LadingContainerAction       action,
            LadingContainerActionFlags  flags,
            GError                    **error)
{
  g_auto(Wait) wait = { NULL };

  lading_engine_container_action_async (engine, id, action, flags, NULL,
                                        lading_test_keep_result_cb, &wait.result);

  return lading_engine_container_action_finish (engine, await (&wait, "container action"), error);
}

static JsonObject *
inspect_json (LadingEngine *engine,
              const char   *id,
              JsonNode    **node)
{
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };

  lading_engine_inspect_container_json_async (engine, id, NULL,
                                              lading_test_keep_result_cb, &wait.result);
  *node = lading_engine_inspect_container_json_finish (engine, await (&wait, "inspect json"),
                                                       &error);
  g_assert_no_error (error);
  g_assert_nonnull (*node);

  return json_node_get_object (*node);
}

static LadingContainerState
inspect_state (LadingEngine *engine,
               const char   *id)
{
  g_autoptr(LadingContainer) container = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };

  lading_engine_inspect_container_async (engine, id, NULL,
                                         lading_test_keep_result_cb, &wait.result);
  container = lading_engine_inspect_container_finish (engine, await (&wait, "inspect"), &error);
  g_assert_no_error (error);

  return lading_container_get_state (container);
}

static gboolean
container_exists (LadingEngine *engine,
                  const char   *id)
{
  g_autoptr(LadingContainer) container = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };

  lading_engine_inspect_container_async (engine, id, NULL,
                                         lading_test_keep_result_cb, &wait.result);
  container = lading_engine_inspect_container_finish (engine, await (&wait, "inspect"), &error);
  if (container == NULL)
    g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);

  return container != NULL;
}

/* The engine's wait call returns once the container has exited. */
static gint64
wait_for_exit (const char *id)
{
  g_autofree char *path = g_strdup_printf ("/containers/%s/wait", id);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("POST", path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);

  return json_object_get_int_member (json_node_get_object (reply), "StatusCode");
}

static char *
create_running (const char *name)
{
  g_autofree char *id = lading_test_create_container (name, NULL);

  lading_test_container_action (id, "start", 204);

  return g_steal_pointer (&id);
}

static void
test_actions_start_stop (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = lading_test_create_container ("lading-test-start-stop", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (run_action (engine, id, LADING_CONTAINER_ACTION_START,
                             LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (inspect_state (engine, id), ==, LADING_CONTAINER_STATE_RUNNING);

  /* Already running: the engine's 304 is success, not an error. */
  g_assert_true (run_action (engine, id, LADING_CONTAINER_ACTION_START,
                             LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_no_error (error);

  g_assert_true (run_action (engine, id, LADING_CONTAINER_ACTION_STOP,
                             LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (inspect_state (engine, id), ==, LADING_CONTAINER_STATE_EXITED);

  g_assert_true (run_action (engine, id, LADING_CONTAINER_ACTION_STOP,
                             LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (inspect_state (engine, id), ==, LADING_CONTAINER_STATE_EXITED);

  lading_test_remove_container (id);
}

static void
test_actions_restart (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = create_running ("lading-test-restart");
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 pid_before, pid_after;

  pid_before = json_object_get_int_member (json_object_get_object_member (inspect_json (engine, id, &before),
                                                                          "State"), "Pid");

  g_assert_true (run_action (engine, id, LADING_CONTAINER_ACTION_RESTART,
                             LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_no_error (error);

  /* A new main process: the container really went down and up again. */
  pid_after = json_object_get_int_member (json_object_get_object_member (inspect_json (engine, id, &after),
                                                                         "State"), "Pid");
  g_assert_cmpint (pid_before, >, 0);
  g_assert_cmpint (pid_after, >, 0);
  g_assert_cmpint (pid_after, !=, pid_before);
  g_assert_cmpint (inspect_state (engine, id), ==, LADING_CONTAINER_STATE_RUNNING);

  lading_test_remove_container (id);
}

static void
test_actions_pause_unpause (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = create_running ("lading-test-pause");
  g_autoptr(GError) error = NULL;

  g_assert_true (run_action (engine, id, LADING_CONTAINER_ACTION_PAUSE,
                             LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (inspect_state (engine, id), ==, LADING_CONTAINER_STATE_PAUSED);

  g_assert_false (run_action (engine, id, LADING_CONTAINER_ACTION_PAUSE,
                              LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "already paused"));
  g_clear_error (&error);

  g_assert_true (run_action (engine, id, LADING_CONTAINER_ACTION_UNPAUSE,
                             LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (inspect_state (engine, id), ==, LADING_CONTAINER_STATE_RUNNING);

  lading_test_remove_container (id);
}

static void
test_actions_kill (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = create_running ("lading-test-kill");
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };

  /* SIGTERM reaches the shell's trap, which exits 0. */
  lading_engine_kill_container_async (engine, id, "SIGTERM", NULL,
                                      lading_test_keep_result_cb, &wait.result);
  g_assert_true (lading_engine_kill_container_finish (engine, await (&wait, "kill TERM"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (wait_for_exit (id), ==, 0);

  /* The default, SIGKILL, cannot be trapped: 128 + 9. */
  lading_test_container_action (id, "start", 204);
  lading_engine_kill_container_async (engine, id, NULL, NULL,
                                      lading_test_keep_result_cb, &wait.result);
  g_assert_true (lading_engine_kill_container_finish (engine, await (&wait, "kill"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (wait_for_exit (id), ==, 137);
  g_assert_cmpint (inspect_state (engine, id), ==, LADING_CONTAINER_STATE_EXITED);

  lading_engine_kill_container_async (engine, id, NULL, NULL,
                                      lading_test_keep_result_cb, &wait.result);
  g_assert_false (lading_engine_kill_container_finish (engine, await (&wait, "kill stopped"), &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "is not running"));

  lading_test_remove_container (id);
}

static void
test_actions_remove (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = create_running ("lading-test-remove");
  g_autoptr(GError) error = NULL;

  g_assert_false (run_action (engine, id, LADING_CONTAINER_ACTION_REMOVE,
                              LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "cannot remove a running container"));
  g_clear_error (&error);
  g_assert_cmpint (inspect_state (engine, id), ==, LADING_CONTAINER_STATE_RUNNING);

  g_assert_true (run_action (engine, id, LADING_CONTAINER_ACTION_REMOVE,
                             LADING_CONTAINER_ACTION_FLAGS_FORCE, &error));
  g_assert_no_error (error);
  g_assert_false (container_exists (engine, id));

  g_assert_false (run_action (engine, id, LADING_CONTAINER_ACTION_REMOVE,
                              LADING_CONTAINER_ACTION_FLAGS_FORCE, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
}

static guint
volume_status (const char *name)
{
  g_autofree char *path = g_strdup_printf ("/volumes/%s", name);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);

  return status;
}

/* Creates a container with an anonymous volume, removes it with or without
 * its volumes, and tells whether the volume is still there. */
static gboolean
anonymous_volume_survives (LadingEngine *engine,
                           gboolean      remove_volumes)
{
  g_autofree char *id = lading_test_create_container ("lading-test-anon-volume",
                                                      "\"Volumes\":{\"/data\":{}}");
  g_autoptr(JsonNode) inspected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *volume = NULL;
  JsonArray *mounts;
  gboolean survives;

  mounts = json_object_get_array_member (inspect_json (engine, id, &inspected), "Mounts");
  g_assert_cmpuint (json_array_get_length (mounts), ==, 1);
  volume = g_strdup (json_object_get_string_member (json_array_get_object_element (mounts, 0),
                                                    "Name"));
  g_assert_cmpuint (volume_status (volume), ==, 200);

  g_assert_true (run_action (engine, id, LADING_CONTAINER_ACTION_REMOVE,
                             remove_volumes ? LADING_CONTAINER_ACTION_FLAGS_REMOVE_VOLUMES
                                            : LADING_CONTAINER_ACTION_FLAGS_NONE,
                             &error));
  g_assert_no_error (error);
  g_assert_false (container_exists (engine, id));

  survives = volume_status (volume) == 200;
  if (survives)
    {
      g_autofree char *path = g_strdup_printf ("/volumes/%s", volume);
      g_autoptr(JsonNode) reply = NULL;
      guint status = 0;

      reply = lading_test_api ("DELETE", path, NULL, &status);
      g_assert_cmpuint (status, ==, 204);
    }

  return survives;
}

static void
test_actions_remove_volumes (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();

  g_assert_true (anonymous_volume_survives (engine, FALSE));
  g_assert_false (anonymous_volume_survives (engine, TRUE));
}

static void
test_actions_rename (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = lading_test_create_container ("lading-test-rename", NULL);
  g_autofree char *other = lading_test_create_container ("lading-test-rename-other", NULL);
  g_autoptr(JsonNode) inspected = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };

  lading_engine_rename_container_async (engine, id, "lading-test-renamed", NULL,
                                        lading_test_keep_result_cb, &wait.result);
  g_assert_true (lading_engine_rename_container_finish (engine, await (&wait, "rename"), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (inspect_json (engine, id, &inspected), "Name"),
                   ==, "/lading-test-renamed");

  lading_engine_rename_container_async (engine, id, "lading-test-rename-other", NULL,
                                        lading_test_keep_result_cb, &wait.result);
  g_assert_false (lading_engine_rename_container_finish (engine, await (&wait, "rename taken"),
                                                         &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "already in use"));

  lading_test_remove_container (id);
  lading_test_remove_container (other);
}

static void
test_actions_top (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = create_running ("lading-test-top");
  g_autoptr(LadingProcessList) processes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };
  gboolean found = FALSE;
  int cmd;

  lading_engine_top_container_async (engine, id, NULL, lading_test_keep_result_cb, &wait.result);
  processes = lading_engine_top_container_finish (engine, await (&wait, "top"), &error);
  g_assert_no_error (error);

  cmd = lading_process_list_find_column (processes, "CMD");
  g_assert_cmpint (cmd, >=, 0);
  g_assert_cmpint (lading_process_list_find_column (processes, "PID"), >=, 0);
  g_assert_cmpuint (lading_process_list_get_n_rows (processes), >=, 1);
  for (guint i = 0; i < lading_process_list_get_n_rows (processes); i++)
    found |= strstr (lading_process_list_get_row (processes, i)[cmd], "trap 'exit 0' TERM") != NULL;
  g_assert_true (found);

  lading_test_container_action (id, "stop", 204);
  lading_engine_top_container_async (engine, id, NULL, lading_test_keep_result_cb, &wait.result);
  g_assert_null (lading_engine_top_container_finish (engine, await (&wait, "top stopped"), &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);

  lading_test_remove_container (id);
}

static void
test_actions_missing_command (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  /* The helper's own Cmd comes first; the engine keeps the last one. */
  g_autofree char *id = lading_test_create_container ("lading-test-no-command",
                                                      "\"Cmd\":[\"/nonexistent\"]");
  g_autoptr(GError) error = NULL;
  g_autofree char *sentence = NULL;

  g_assert_false (run_action (engine, id, LADING_CONTAINER_ACTION_START,
                              LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == LADING_ENGINE_ERROR);
  g_assert_nonnull (strstr (error->message, "/nonexistent"));

  sentence = lading_action_error_dup_message (LADING_CONTAINER_ACTION_START,
                                              "lading-test-no-command", error);
  g_assert_cmpstr (sentence, ==,
                   "“lading-test-no-command” could not start: its command does not exist in the image.");

  lading_test_remove_container (id);
}

static void
test_actions_not_found (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };

  g_assert_false (run_action (engine, "lading-test-no-such", LADING_CONTAINER_ACTION_START,
                              LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "No such container"));
}

static void
test_actions_not_connected (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (run_action (engine, "anything", LADING_CONTAINER_ACTION_PAUSE,
                              LADING_CONTAINER_ACTION_FLAGS_NONE, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE);
}

typedef struct
{
  guint n_finished;
  guint n_failed_seen;
  guint max_done_seen;
} Progress;

static void
item_finished_cb (LadingBulk   *bulk,
                  const char   *id,
                  const GError *error,
                  Progress     *progress)
{
  progress->n_finished++;
  progress->n_failed_seen += error != NULL;
  /* The counter moves before the signal names the container. */
  g_assert_cmpuint (lading_bulk_get_n_done (bulk), ==, progress->n_finished);
}

static void
n_done_cb (LadingBulk *bulk,
           GParamSpec *pspec,
           Progress   *progress)
{
  progress->max_done_seen = MAX (progress->max_done_seen, lading_bulk_get_n_done (bulk));
}

/* Runs @action over @ids four at a time and checks what the bulk counted. */
static LadingBulk *
run_bulk (LadingEngine          *engine,
          LadingContainerAction  action,
          const char * const    *ids,
          guint                  expect_failed)
{
  g_autoptr(LadingBulk) bulk = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };
  Progress progress = { 0 };
  guint n = g_strv_length ((char **)ids);

  bulk = lading_bulk_new (engine, action, LADING_CONTAINER_ACTION_FLAGS_NONE, ids, 4);
  g_signal_connect (bulk, "item-finished", G_CALLBACK (item_finished_cb), &progress);
  g_signal_connect (bulk, "notify::n-done", G_CALLBACK (n_done_cb), &progress);
  g_assert_cmpuint (lading_bulk_get_n_items (bulk), ==, n);

  lading_bulk_run_async (bulk, NULL, lading_test_keep_result_cb, &wait.result);
  g_assert_true (lading_bulk_run_finish (bulk, await (&wait, "bulk"), &error));
  g_assert_no_error (error);

  g_assert_cmpuint (progress.n_finished, ==, n);
  g_assert_cmpuint (progress.max_done_seen, ==, n);
  g_assert_cmpuint (progress.n_failed_seen, ==, expect_failed);
  g_assert_cmpuint (lading_bulk_get_n_done (bulk), ==, n);
  g_assert_cmpuint (lading_bulk_get_n_failed (bulk), ==, expect_failed);
  g_signal_handlers_disconnect_by_data (bulk, &progress);

  return g_steal_pointer (&bulk);
}

static void
assert_all_in_state (LadingEngine         *engine,
                     const char * const   *ids,
                     LadingContainerState  state)
{
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_cmpint (inspect_state (engine, ids[i]), ==, state);
}

static void
test_actions_bulk (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(LadingBulk) bulk = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) succeeded = NULL;
  g_auto(GStrv) failed = NULL;

  for (guint i = 0; i < N_BULK; i++)
    {
      g_autofree char *name = g_strdup_printf ("lading-test-bulk-%u", i);
      g_autofree char *id = create_running (name);

      g_strv_builder_add (builder, id);
    }
  ids = g_strv_builder_end (builder);

  bulk = run_bulk (engine, LADING_CONTAINER_ACTION_STOP, (const char * const *)ids, 0);
  succeeded = lading_bulk_dup_succeeded (bulk);
  g_assert_true (g_strv_equal ((const char * const *)succeeded, (const char * const *)ids));
  assert_all_in_state (engine, (const char * const *)ids, LADING_CONTAINER_STATE_EXITED);
  g_clear_object (&bulk);

  bulk = run_bulk (engine, LADING_CONTAINER_ACTION_START, (const char * const *)ids, 0);
  assert_all_in_state (engine, (const char * const *)ids, LADING_CONTAINER_STATE_RUNNING);
  g_clear_object (&bulk);

  /* Running containers refuse a remove without force; stop them in a bulk
   * that also names one container that does not exist. */
  g_strv_builder_add (builder, "lading-test-bulk-no-such");
  for (guint i = 0; ids[i] != NULL; i++)
    g_strv_builder_add (builder, ids[i]);
  g_clear_pointer (&ids, g_strfreev);
  ids = g_strv_builder_end (builder);

  bulk = run_bulk (engine, LADING_CONTAINER_ACTION_STOP, (const char * const *)ids, 1);
  failed = lading_bulk_dup_failed (bulk);
  g_assert_cmpuint (g_strv_length (failed), ==, 1);
  g_assert_cmpstr (failed[0], ==, "lading-test-bulk-no-such");
  g_assert_error (lading_bulk_get_error (bulk, failed[0]),
                  LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_assert_null (lading_bulk_get_error (bulk, ids[1]));
  g_clear_pointer (&succeeded, g_strfreev);
  succeeded = lading_bulk_dup_succeeded (bulk);
  g_assert_true (g_strv_equal ((const char * const *)succeeded, (const char * const *)ids + 1));
  assert_all_in_state (engine, (const char * const *)ids + 1, LADING_CONTAINER_STATE_EXITED);
  g_clear_object (&bulk);

  bulk = run_bulk (engine, LADING_CONTAINER_ACTION_REMOVE, (const char * const *)ids + 1, 0);
  for (guint i = 1; ids[i] != NULL; i++)
    g_assert_false (container_exists (engine, ids[i]));
}

static void
test_actions_bulk_remove_force (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = create_running ("lading-test-bulk-force");
  const char *ids[] = { id, NULL };
  g_autoptr(LadingBulk) bulk = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };

  bulk = lading_bulk_new (engine, LADING_CONTAINER_ACTION_REMOVE,
                          LADING_CONTAINER_ACTION_FLAGS_FORCE, ids, 1);
  lading_bulk_run_async (bulk, NULL, lading_test_keep_result_cb, &wait.result);
  g_assert_true (lading_bulk_run_finish (bulk, await (&wait, "bulk force remove"), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lading_bulk_get_n_failed (bulk), ==, 0);
  g_assert_false (container_exists (engine, id));
}

static void
test_actions_bulk_cancelled (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = create_running ("lading-test-bulk-cancel");
  const char *ids[] = { id, NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(LadingBulk) bulk = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Wait) wait = { NULL };

  bulk = lading_bulk_new (engine, LADING_CONTAINER_ACTION_STOP,
                          LADING_CONTAINER_ACTION_FLAGS_NONE, ids, 2);
  g_cancellable_cancel (cancellable);
  lading_bulk_run_async (bulk, cancellable, lading_test_keep_result_cb, &wait.result);
  g_assert_false (lading_bulk_run_finish (bulk, await (&wait, "cancelled bulk"), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* Nothing was sent: the container still runs. */
  g_assert_cmpuint (lading_bulk_get_n_done (bulk), ==, 0);
  g_assert_cmpint (inspect_state (engine, id), ==, LADING_CONTAINER_STATE_RUNNING);

  lading_test_remove_container (id);
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/integration/actions/start-stop", test_actions_start_stop);
  g_test_add_func ("/integration/actions/restart", test_actions_restart);
  g_test_add_func ("/integration/actions/pause-unpause", test_actions_pause_unpause);
  g_test_add_func ("/integration/actions/kill", test_actions_kill);
  g_test_add_func ("/integration/actions/remove", test_actions_remove);
  g_test_add_func ("/integration/actions/remove-volumes", test_actions_remove_volumes);
  g_test_add_func ("/integration/actions/rename", test_actions_rename);
  g_test_add_func ("/integration/actions/top", test_actions_top);
  g_test_add_func ("/integration/actions/missing-command", test_actions_missing_command);
  g_test_add_func ("/integration/actions/not-found", test_actions_not_found);
  g_test_add_func ("/integration/actions/not-connected", test_actions_not_connected);
  g_test_add_func ("/integration/actions/bulk", test_actions_bulk);
  g_test_add_func ("/integration/actions/bulk-remove-force", test_actions_bulk_remove_force);
  g_test_add_func ("/integration/actions/bulk-cancelled", test_actions_bulk_cancelled);

  return g_test_run ();
}
