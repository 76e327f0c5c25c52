/* lading-action-error.c
 *
 * Why a container action failed, as a sentence: the engine's replies ("You
 * cannot remove a running container …", "OCI runtime create failed: …") are
 * precise but written for people who know the engine.  The UI shows our
 * sentence and keeps the engine's message under "Details".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-action-error"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-action-error.h"
#include "lading-engine-error.h"

/* What we say when no better reason is known; the details tell the rest. */
static char *
dup_could_not (LadingContainerAction  action,
               const char            *name)
{
  switch (action)
    {
    case LADING_CONTAINER_ACTION_START:
      /* Translators: %s is a container's name; the engine's message follows under "Details". */
      return g_strdup_printf (_("“%s” could not be started."), name);

    case LADING_CONTAINER_ACTION_STOP:
      /* Translators: %s is a container's name. */
      return g_strdup_printf (_("“%s” could not be stopped."), name);

    case LADING_CONTAINER_ACTION_RESTART:
      /* Translators: %s is a container's name. */
      return g_strdup_printf (_("“%s” could not be restarted."), name);

    case LADING_CONTAINER_ACTION_PAUSE:
      /* Translators: %s is a container's name. */
      return g_strdup_printf (_("“%s” could not be paused."), name);

    case LADING_CONTAINER_ACTION_UNPAUSE:
      /* Translators: %s is a container's name; "resume" is what the UI calls unpause. */
      return g_strdup_printf (_("“%s” could not be resumed."), name);

    case LADING_CONTAINER_ACTION_KILL:
      /* Translators: %s is a container's name; killing stops it at once, with no grace period. */
      return g_strdup_printf (_("“%s” could not be killed."), name);

    case LADING_CONTAINER_ACTION_REMOVE:
      /* Translators: %s is a container's name. */
      return g_strdup_printf (_("“%s” could not be removed."), name);

    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
message_has (const GError *error,
             const char   *words)
{
  return strstr (error->message, words) != NULL;
}

/* Docker 20.10 says "… exec: \"x\": executable file not found in $PATH" for a
 * bare command and "… stat /x: no such file or directory" for a path. */
static gboolean
is_missing_command (const GError *error)
{
  return message_has (error, "executable file not found") ||
         message_has (error, "no such file or directory");
}

/* The engine said the container's state forbids the action (409, or 500 on
 * Podman, which reports "container state improper"). */
static char *
dup_conflict_message (LadingContainerAction  action,
                      const char            *name,
                      const GError          *error)
{
  switch (action)
    {
    case LADING_CONTAINER_ACTION_REMOVE:
      if (message_has (error, "already in progress"))
        /* Translators: %s is a container's name. */
        return g_strdup_printf (_("“%s” is already being removed."), name);
      /* Translators: %s is a container's name. */
      return g_strdup_printf (_("“%s” is running. Stop it first, or remove it by force."), name);

    case LADING_CONTAINER_ACTION_KILL:
      /* Translators: %s is a container's name. */
      return g_strdup_printf (_("“%s” is not running, so there is nothing to kill."), name);

    case LADING_CONTAINER_ACTION_PAUSE:
      if (message_has (error, "already paused"))
        /* Translators: %s is a container's name. */
        return g_strdup_printf (_("“%s” is already paused."), name);
      /* Translators: %s is a container's name. */
      return g_strdup_printf (_("“%s” is not running, so it cannot be paused."), name);

    case LADING_CONTAINER_ACTION_UNPAUSE:
      /* Translators: %s is a container's name. */
      return g_strdup_printf (_("“%s” is not paused, so there is nothing to resume."), name);

    case LADING_CONTAINER_ACTION_START:
    case LADING_CONTAINER_ACTION_STOP:
    case LADING_CONTAINER_ACTION_RESTART:
      if (message_has (error, "paused"))
        /* Translators: %s is a container's name. */
        return g_strdup_printf (_("“%s” is paused. Resume it first."), name);
      return NULL;

    default:
      return NULL;
    }
}

/* The sentences that do not depend on the action; NULL if none fits. */
static char *
dup_common_message (const char   *name,
                    const GError *error)
{
  switch ((LadingEngineError)error->code)
    {
    case LADING_ENGINE_ERROR_NOT_FOUND:
      /* Translators: %s is a container's name; someone else removed it meanwhile. */
      return g_strdup_printf (_("“%s” no longer exists."), name);

    case LADING_ENGINE_ERROR_UNREACHABLE:
      return g_strdup (_("The container engine is not answering. Check that it is running, "
                         "then try again."));

    case LADING_ENGINE_ERROR_PERMISSION_DENIED:
      return g_strdup (_("You are not allowed to use the container engine."));

    case LADING_ENGINE_ERROR_FAILED:
    case LADING_ENGINE_ERROR_CONFLICT:
    case LADING_ENGINE_ERROR_BAD_REQUEST:
    case LADING_ENGINE_ERROR_BAD_RESPONSE:
    case LADING_ENGINE_ERROR_UNSUPPORTED_VERSION:
    case LADING_ENGINE_ERROR_INVALID_ENDPOINT:
    /* Registries: pulls and pushes only. */
    case LADING_ENGINE_ERROR_UNAUTHORIZED:
    case LADING_ENGINE_ERROR_DENIED:
    case LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE:
    case LADING_ENGINE_ERROR_INSECURE_REGISTRY:
    case LADING_ENGINE_ERROR_INTERRUPTED:
    default:
      return NULL;
    }
}

static gboolean
is_state_conflict (const GError *error)
{
  return g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT) ||
         (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_FAILED) &&
          message_has (error, "container state improper"));
}

static char *
dup_engine_message (LadingContainerAction  action,
                    const char            *name,
                    const GError          *error)
{
  char *message;

  if ((message = dup_common_message (name, error)) != NULL)
    return message;

  if (is_state_conflict (error) && (message = dup_conflict_message (action, name, error)) != NULL)
    return message;

  if ((action == LADING_CONTAINER_ACTION_START || action == LADING_CONTAINER_ACTION_RESTART) &&
      is_missing_command (error))
    /* Translators: %s is a container's name; its image has no such program. */
    return g_strdup_printf (_("“%s” could not start: its command does not exist in the image."),
                            name);

  return NULL;
}

/**
 * lading_action_error_dup_message:
 * @action: what was tried
 * @name: the container's name, as the user sees it
 * @error: why it failed
 *
 * Returns: (transfer full) (nullable): one or two sentences for a toast or a
 *   dialog, or %NULL when @error says the action was cancelled
 */
char *
lading_action_error_dup_message (LadingContainerAction  action,
                                 const char            *name,
                                 const GError          *error)
{
  char *message = NULL;

  g_return_val_if_fail (action <= LADING_CONTAINER_ACTION_REMOVE, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return NULL;

  if (error->domain == LADING_ENGINE_ERROR)
    message = dup_engine_message (action, name, error);

  if (message == NULL)
    message = dup_could_not (action, name);

  return message;
}

/**
 * lading_action_error_dup_rename_message:
 * @name: the container's current name
 * @new_name: the name it was to get
 * @error: why renaming failed
 *
 * Returns: (transfer full) (nullable): as lading_action_error_dup_message()
 */
char *
lading_action_error_dup_rename_message (const char   *name,
                                        const char   *new_name,
                                        const GError *error)
{
  char *message;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (new_name != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return NULL;

  if (error->domain == LADING_ENGINE_ERROR && (message = dup_common_message (name, error)) != NULL)
    return message;

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT))
    /* Translators: %s is the name the user chose for a container. */
    return g_strdup_printf (_("Another container is already called “%s”. Choose another name."),
                            new_name);

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_REQUEST))
    /* Translators: %s is the name the user chose; the engine's rules follow under "Details". */
    return g_strdup_printf (_("“%s” cannot be used as a container name."), new_name);

  /* Translators: %s is a container's name. */
  return g_strdup_printf (_("“%s” could not be renamed."), name);
}
