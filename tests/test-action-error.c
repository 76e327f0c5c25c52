/* test-action-error.c
 *
 * The sentences a newcomer reads when a container action fails, for the
 * replies the engine really sends (see ENGINE-API.md §6).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-action-error.h"
#include "lading-engine-error.h"

static void
assert_sentence (LadingContainerAction  action,
                 LadingEngineError      code,
                 const char            *engine_message,
                 const char            *expected)
{
  g_autoptr(GError) error = g_error_new_literal (LADING_ENGINE_ERROR, code, engine_message);
  g_autofree char *sentence = lading_action_error_dup_message (action, "web", error);

  g_assert_cmpstr (sentence, ==, expected);
  /* The engine's own words stay in the error, for "Details". */
  g_assert_cmpstr (error->message, ==, engine_message);
}

static void
test_action_error_remove_running (void)
{
  assert_sentence (LADING_CONTAINER_ACTION_REMOVE, LADING_ENGINE_ERROR_CONFLICT,
                   "You cannot remove a running container 3f2a. Stop the container before "
                   "attempting removal or force remove",
                   "“web” is running. Stop it first, or remove it by force.");
  /* Podman says 500 "container state improper" for the same thing. */
  assert_sentence (LADING_CONTAINER_ACTION_REMOVE, LADING_ENGINE_ERROR_FAILED,
                   "cannot remove container 3f2a as it is running - running or paused containers "
                   "cannot be removed without force: container state improper",
                   "“web” is running. Stop it first, or remove it by force.");
  assert_sentence (LADING_CONTAINER_ACTION_REMOVE, LADING_ENGINE_ERROR_CONFLICT,
                   "removal of container web is already in progress",
                   "“web” is already being removed.");
}

static void
test_action_error_missing_command (void)
{
  assert_sentence (LADING_CONTAINER_ACTION_START, LADING_ENGINE_ERROR_BAD_REQUEST,
                   "failed to create shim: OCI runtime create failed: container_linux.go:380: "
                   "starting container process caused: exec: \"/nonexistent\": stat /nonexistent: "
                   "no such file or directory: unknown",
                   "“web” could not start: its command does not exist in the image.");
  assert_sentence (LADING_CONTAINER_ACTION_RESTART, LADING_ENGINE_ERROR_FAILED,
                   "Cannot restart container web: OCI runtime create failed: exec: \"nginx\": "
                   "executable file not found in $PATH: unknown",
                   "“web” could not start: its command does not exist in the image.");
  /* Any other runtime failure: the generic sentence, the details say why. */
  assert_sentence (LADING_CONTAINER_ACTION_START, LADING_ENGINE_ERROR_FAILED,
                   "OCI runtime create failed: cgroup mountpoint does not exist",
                   "“web” could not be started.");
}

static void
test_action_error_not_found (void)
{
  for (LadingContainerAction action = LADING_CONTAINER_ACTION_START;
       action <= LADING_CONTAINER_ACTION_REMOVE;
       action++)
    assert_sentence (action, LADING_ENGINE_ERROR_NOT_FOUND, "No such container: web",
                     "“web” no longer exists.");
}

static void
test_action_error_wrong_state (void)
{
  assert_sentence (LADING_CONTAINER_ACTION_KILL, LADING_ENGINE_ERROR_CONFLICT,
                   "Cannot kill container: web: Container 3f2a is not running",
                   "“web” is not running, so there is nothing to kill.");
  assert_sentence (LADING_CONTAINER_ACTION_PAUSE, LADING_ENGINE_ERROR_CONFLICT,
                   "Container 3f2a is already paused",
                   "“web” is already paused.");
  assert_sentence (LADING_CONTAINER_ACTION_PAUSE, LADING_ENGINE_ERROR_CONFLICT,
                   "Container 3f2a is not running",
                   "“web” is not running, so it cannot be paused.");
  assert_sentence (LADING_CONTAINER_ACTION_UNPAUSE, LADING_ENGINE_ERROR_CONFLICT,
                   "Container 3f2a is not paused",
                   "“web” is not paused, so there is nothing to resume.");
  assert_sentence (LADING_CONTAINER_ACTION_START, LADING_ENGINE_ERROR_CONFLICT,
                   "cannot start a paused container, try unpause instead",
                   "“web” is paused. Resume it first.");
  /* A conflict we have no words for falls back on the action's sentence. */
  assert_sentence (LADING_CONTAINER_ACTION_STOP, LADING_ENGINE_ERROR_CONFLICT,
                   "something unexpected",
                   "“web” could not be stopped.");
}

static void
test_action_error_engine_gone (void)
{
  assert_sentence (LADING_CONTAINER_ACTION_STOP, LADING_ENGINE_ERROR_UNREACHABLE,
                   "unix:///run/docker.sock: Could not connect: Connection refused",
                   "The container engine is not answering. Check that it is running, then try again.");
  assert_sentence (LADING_CONTAINER_ACTION_START, LADING_ENGINE_ERROR_PERMISSION_DENIED,
                   "unix:///run/docker.sock: Permission denied",
                   "You are not allowed to use the container engine.");
}

static void
test_action_error_generic (void)
{
  static const char * const expected[] = {
    "“web” could not be started.",
    "“web” could not be stopped.",
    "“web” could not be restarted.",
    "“web” could not be paused.",
    "“web” could not be resumed.",
    "“web” could not be killed.",
    "“web” could not be removed.",
  };
  g_autoptr(GError) other = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "boom");
  g_autofree char *sentence = NULL;

  for (LadingContainerAction action = LADING_CONTAINER_ACTION_START;
       action <= LADING_CONTAINER_ACTION_REMOVE;
       action++)
    assert_sentence (action, LADING_ENGINE_ERROR_BAD_RESPONSE, "garbage", expected[action]);

  /* Errors from outside the engine domain get the same fallback. */
  sentence = lading_action_error_dup_message (LADING_CONTAINER_ACTION_KILL, "web", other);
  g_assert_cmpstr (sentence, ==, "“web” could not be killed.");
}

static void
test_action_error_cancelled (void)
{
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
  g_autofree char *action = lading_action_error_dup_message (LADING_CONTAINER_ACTION_STOP, "web",
                                                             error);
  g_autofree char *rename = lading_action_error_dup_rename_message ("web", "db", error);

  g_assert_null (action);
  g_assert_null (rename);
}

static void
test_action_error_rename (void)
{
  g_autoptr(GError) taken = NULL;
  g_autoptr(GError) invalid = NULL;
  g_autoptr(GError) gone = NULL;
  g_autofree char *taken_text = NULL;
  g_autofree char *invalid_text = NULL;
  g_autofree char *gone_text = NULL;

  taken = g_error_new_literal (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT,
                               "Error when allocating new name: Conflict. The container name "
                               "\"/db\" is already in use by container \"9c1e\".");
  invalid = g_error_new_literal (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_REQUEST,
                                 "Invalid container name (d b), only [a-zA-Z0-9][a-zA-Z0-9_.-] "
                                 "are allowed");
  gone = g_error_new_literal (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND,
                              "No such container: web");

  taken_text = lading_action_error_dup_rename_message ("web", "db", taken);
  invalid_text = lading_action_error_dup_rename_message ("web", "d b", invalid);
  gone_text = lading_action_error_dup_rename_message ("web", "db", gone);

  g_assert_cmpstr (taken_text, ==, "Another container is already called “db”. Choose another name.");
  g_assert_cmpstr (invalid_text, ==, "“d b” cannot be used as a container name.");
  g_assert_cmpstr (gone_text, ==, "“web” no longer exists.");
}

int
main (int   argc,
      char *argv[])
{
  /* The expected sentences are the untranslated ones. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit/action-error/remove-running", test_action_error_remove_running);
  g_test_add_func ("/unit/action-error/missing-command", test_action_error_missing_command);
  g_test_add_func ("/unit/action-error/not-found", test_action_error_not_found);
  g_test_add_func ("/unit/action-error/wrong-state", test_action_error_wrong_state);
  g_test_add_func ("/unit/action-error/engine-gone", test_action_error_engine_gone);
  g_test_add_func ("/unit/action-error/generic", test_action_error_generic);
  g_test_add_func ("/unit/action-error/cancelled", test_action_error_cancelled);
  g_test_add_func ("/unit/action-error/rename", test_action_error_rename);

  return g_test_run ();
}
