/* lading-container-launcher.c
 *
 * What `docker run -d` does, through the engine's API: create the
 * container, pulling its image first (into the window's transfers, where
 * it shows) when the engine has none, then start it.  A container that was
 * created but would not start is removed again (with its anonymous
 * volumes), so that the same name can be tried once more.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container-launcher"

#include "config.h"

#include <string.h>

#include "lading-container-launcher.h"
#include "lading-engine-error.h"
#include "lading-image-reference.h"

struct _LadingContainerLauncher
{
  GObject          parent_instance;

  LadingStore     *store;
  LadingTransfers *transfers;
};

G_DEFINE_FINAL_TYPE (LadingContainerLauncher, lading_container_launcher, G_TYPE_OBJECT)

enum {
  PULLING,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

typedef struct
{
  LadingRunSpec       *spec;
  LadingImageTransfer *pull;      /* while the image comes */
  char                *id;        /* once created */
  gulong               pull_handler;
  gboolean             pulled;
} Run;

static void
run_free (Run *run)
{
  if (run->pull != NULL)
    g_clear_signal_handler (&run->pull_handler, run->pull);
  g_clear_object (&run->pull);
  g_clear_pointer (&run->spec, lading_run_spec_free);
  g_free (run->id);
  g_free (run);
}

static LadingEngine *
task_engine (GTask *task)
{
  LadingContainerLauncher *self = g_task_get_source_object (task);

  return lading_store_get_engine (self->store);
}

static void create (GTask *task);

/* The store's object when it has one already; else the engine's inspect
 * (the store learns of it from the events a moment later). */
static void
inspected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  LadingContainer *container;

  container = lading_engine_inspect_container_finish (LADING_ENGINE (object), result, &error);
  if (container == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, container, g_object_unref);
}

static void
removed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!lading_engine_container_action_finish (LADING_ENGINE (object), result, &error))
    g_message ("Could not remove a container that did not start: %s", error->message);
}

static void
started_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LadingContainerLauncher *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  LadingContainer *container;
  GCancellable *cancellable;

  if (!lading_engine_container_action_finish (LADING_ENGINE (object), result, &error))
    {
      /* Not when the caller gave up: it may still start. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        lading_engine_container_action_async (LADING_ENGINE (object), run->id,
                                              LADING_CONTAINER_ACTION_REMOVE,
                                              LADING_CONTAINER_ACTION_FLAGS_FORCE |
                                              LADING_CONTAINER_ACTION_FLAGS_REMOVE_VOLUMES, NULL,
                                              removed_cb, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if ((container = lading_store_lookup_container (self->store, run->id)) != NULL)
    {
      g_task_return_pointer (task, g_object_ref (container), g_object_unref);
      return;
    }

  /* A container removed when it stops may be gone already: not found. */
  cancellable = g_task_get_cancellable (task);
  lading_engine_inspect_container_async (LADING_ENGINE (object), run->id, cancellable,
                                         inspected_cb, g_steal_pointer (&task));
}

static void
pull_state_cb (LadingImageTransfer *pull,
               GParamSpec          *pspec,
               gpointer             user_data)
{
  g_autoptr(GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  LadingImageTransferState state = lading_image_transfer_get_state (pull);

  if (state == LADING_IMAGE_TRANSFER_RUNNING)
    {
      g_steal_pointer (&task);
      return;
    }

  g_clear_signal_handler (&run->pull_handler, pull);
  /* Given up during the pull: the image stays, nothing is created. */
  if (g_task_return_error_if_cancelled (task))
    return;
  if (state == LADING_IMAGE_TRANSFER_SUCCEEDED)
    create (g_steal_pointer (&task));
  else if (state == LADING_IMAGE_TRANSFER_FAILED)
    g_task_return_error (task, g_error_copy (lading_image_transfer_get_error (pull)));
  else
    g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INTERRUPTED,
                             "The pull of %s was cancelled", run->spec->image);
}

/* The engine has no such image: pulled, then created again.  Takes @task. */
static void
pull (GTask *task)
{
  LadingContainerLauncher *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);
  g_autoptr(LadingImageReference) reference = NULL;

  reference = lading_image_reference_parse (run->spec->image, NULL);
  if (reference == NULL)
    {
      g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND,
                               "No such image: %s", run->spec->image);
      g_object_unref (task);
      return;
    }

  run->pulled = TRUE;
  g_signal_emit (self, signals[PULLING], 0, run->spec->image);
  run->pull = g_object_ref (lading_transfers_pull (self->transfers, task_engine (task),
                                                   reference, NULL));
  /* The handler holds the task until the pull ends. */
  run->pull_handler = g_signal_connect (run->pull, "notify::state", G_CALLBACK (pull_state_cb),
                                        task);
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;

  run->id = lading_engine_create_container_finish (LADING_ENGINE (object), result, &error);
  if (run->id == NULL)
    {
      /* Once: an image that a good pull leaves missing is an error. */
      if (!run->pulled &&
          g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND) &&
          g_str_has_prefix (error->message, "No such image"))
        pull (g_steal_pointer (&task));
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The cancellable first: arguments have no order of evaluation. */
  cancellable = g_task_get_cancellable (task);
  lading_engine_container_action_async (LADING_ENGINE (object), run->id,
                                        LADING_CONTAINER_ACTION_START,
                                        LADING_CONTAINER_ACTION_FLAGS_NONE, cancellable,
                                        started_cb, g_steal_pointer (&task));
}

/* Takes @task. */
static void
create (GTask *task)
{
  Run *run = g_task_get_task_data (task);

  lading_engine_create_container_async (task_engine (task), run->spec,
                                        g_task_get_cancellable (task), created_cb, task);
}

/**
 * lading_container_launcher_run_async:
 * @spec: the container (copied: the caller may change its own)
 *
 * Creates and starts the container.  ::pulling tells when its image must
 * be pulled first.
 */
void
lading_container_launcher_run_async (LadingContainerLauncher *self,
                                     const LadingRunSpec     *spec,
                                     GCancellable            *cancellable,
                                     GAsyncReadyCallback      callback,
                                     gpointer                 user_data)
{
  GTask *task;
  Run *run;

  g_return_if_fail (LADING_IS_CONTAINER_LAUNCHER (self));
  g_return_if_fail (spec != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_container_launcher_run_async);
  run = g_new0 (Run, 1);
  run->spec = lading_run_spec_copy (spec);
  g_task_set_task_data (task, run, (GDestroyNotify)run_free);
  create (task);
}

/**
 * lading_container_launcher_run_finish:
 *
 * Returns: (transfer full): the running container, as the store has it
 */
LadingContainer *
lading_container_launcher_run_finish (LadingContainerLauncher  *self,
                                      GAsyncResult             *result,
                                      GError                  **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

LadingContainerLauncher *
lading_container_launcher_new (LadingStore     *store,
                               LadingTransfers *transfers)
{
  LadingContainerLauncher *self;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);
  g_return_val_if_fail (LADING_IS_TRANSFERS (transfers), NULL);

  self = g_object_new (LADING_TYPE_CONTAINER_LAUNCHER, NULL);
  self->store = g_object_ref (store);
  self->transfers = g_object_ref (transfers);

  return self;
}

static void
lading_container_launcher_finalize (GObject *object)
{
  LadingContainerLauncher *self = (LadingContainerLauncher *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->transfers);

  G_OBJECT_CLASS (lading_container_launcher_parent_class)->finalize (object);
}

static void
lading_container_launcher_class_init (LadingContainerLauncherClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lading_container_launcher_finalize;

  /**
   * LadingContainerLauncher::pulling:
   * @image: the image's name
   *
   * The engine has no such image: it is being pulled before the container
   * is created.
   */
  signals[PULLING] =
    g_signal_new ("pulling", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
lading_container_launcher_init (LadingContainerLauncher *self)
{
}
