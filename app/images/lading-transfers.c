/* lading-transfers.c
 *
 * Every pull and push of the window, running or ended: they outlive the
 * dialog that started them.  A transfer that succeeded leaves the list by
 * itself a little later; one that failed stays, with its reason, until it
 * is dismissed.  Each run reads config.json anew, so a log-in made meanwhile
 * (here or with the docker CLI) counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-transfers"

#include "config.h"

#include "lading-docker-config.h"
#include "lading-transfers.h"

/* Long enough to read "Pulled busybox:latest". */
#define SUCCEEDED_SHOWN_SECONDS 5

struct _LadingTransfers
{
  GObject     parent_instance;

  GListStore *transfers;
  guint       n_running;
};

G_DEFINE_FINAL_TYPE (LadingTransfers, lading_transfers, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_RUNNING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

typedef struct
{
  GWeakRef             transfers;
  LadingImageTransfer *transfer;
} Removal;

static void
removal_free (gpointer data)
{
  Removal *removal = data;

  g_weak_ref_clear (&removal->transfers);
  g_object_unref (removal->transfer);
  g_free (removal);
}

static gboolean
remove_succeeded_cb (gpointer data)
{
  Removal *removal = data;
  g_autoptr(LadingTransfers) self = g_weak_ref_get (&removal->transfers);

  if (self != NULL)
    lading_transfers_dismiss (self, removal->transfer);

  return G_SOURCE_REMOVE;
}

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  LadingImageTransfer *transfer = LADING_IMAGE_TRANSFER (object);
  g_autoptr(LadingTransfers) self = user_data;
  g_autoptr(GError) error = NULL;
  Removal *removal;

  /* The transfer keeps its error for the row that shows it. */
  lading_image_transfer_run_finish (transfer, result, &error);

  self->n_running--;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RUNNING]);
  g_signal_emit (self, signals[FINISHED], 0, transfer);

  if (lading_image_transfer_get_state (transfer) != LADING_IMAGE_TRANSFER_SUCCEEDED)
    return;

  removal = g_new0 (Removal, 1);
  g_weak_ref_init (&removal->transfers, self);
  removal->transfer = g_object_ref (transfer);
  g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, SUCCEEDED_SHOWN_SECONDS, remove_succeeded_cb,
                              removal, removal_free);
}

static LadingDockerConfig *
load_docker_config (void)
{
  g_autoptr(GError) error = NULL;
  LadingDockerConfig *config;

  /* Without it the registry asks for credentials, and the transfer's
   * failure says so; a public image still comes. */
  if (!(config = lading_docker_config_load_default (&error)))
    g_message ("Going without credentials: %s", error->message);

  return config;
}

/* Appends @transfer, which has not run yet, to the list and runs it. */
void
lading_transfers_start (LadingTransfers     *self,
                        LadingImageTransfer *transfer)
{
  g_autoptr(LadingDockerConfig) config = NULL;

  g_return_if_fail (LADING_IS_TRANSFERS (self));
  g_return_if_fail (LADING_IS_IMAGE_TRANSFER (transfer));

  config = load_docker_config ();
  g_list_store_insert (self->transfers, 0, transfer);
  self->n_running++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RUNNING]);
  lading_image_transfer_run_async (transfer, config, NULL, run_cb, g_object_ref (self));
}

/**
 * lading_transfers_pull:
 * @platform: (nullable): "linux/arm64", or %NULL for the engine's own
 *
 * Starts pulling @reference with @engine.
 *
 * Returns: (transfer none): the pull, which the list holds
 */
LadingImageTransfer *
lading_transfers_pull (LadingTransfers      *self,
                       LadingEngine         *engine,
                       LadingImageReference *reference,
                       const char           *platform)
{
  g_autoptr(LadingImageTransfer) transfer = NULL;

  g_return_val_if_fail (LADING_IS_TRANSFERS (self), NULL);
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  transfer = lading_image_transfer_new_pull (engine, reference, platform);
  lading_transfers_start (self, transfer);

  return transfer;
}

/* Runs @transfer, which ended, once more in a new row at the top. */
void
lading_transfers_retry (LadingTransfers     *self,
                        LadingImageTransfer *transfer)
{
  g_autoptr(LadingImageTransfer) again = NULL;

  g_return_if_fail (LADING_IS_TRANSFERS (self));
  g_return_if_fail (LADING_IS_IMAGE_TRANSFER (transfer));
  g_return_if_fail (lading_image_transfer_get_state (transfer) != LADING_IMAGE_TRANSFER_RUNNING);

  again = lading_image_transfer_new_again (transfer);
  lading_transfers_dismiss (self, transfer);
  lading_transfers_start (self, again);
}

/* Cancels @transfer if it runs, and takes it off the list. */
void
lading_transfers_dismiss (LadingTransfers     *self,
                          LadingImageTransfer *transfer)
{
  guint position;

  g_return_if_fail (LADING_IS_TRANSFERS (self));
  g_return_if_fail (LADING_IS_IMAGE_TRANSFER (transfer));

  lading_image_transfer_cancel (transfer);
  if (g_list_store_find (self->transfers, transfer, &position))
    g_list_store_remove (self->transfers, position);
}

/* Of #LadingImageTransfer, the newest first. */
GListModel *
lading_transfers_get_model (LadingTransfers *self)
{
  g_return_val_if_fail (LADING_IS_TRANSFERS (self), NULL);

  return G_LIST_MODEL (self->transfers);
}

guint
lading_transfers_get_n_running (LadingTransfers *self)
{
  g_return_val_if_fail (LADING_IS_TRANSFERS (self), 0);

  return self->n_running;
}

LadingTransfers *
lading_transfers_new (void)
{
  return g_object_new (LADING_TYPE_TRANSFERS, NULL);
}

static void
lading_transfers_dispose (GObject *object)
{
  LadingTransfers *self = (LadingTransfers *)object;

  /* Running ones hold a reference on us through run_cb's data. */
  g_clear_object (&self->transfers);

  G_OBJECT_CLASS (lading_transfers_parent_class)->dispose (object);
}

static void
lading_transfers_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadingTransfers *self = LADING_TRANSFERS (object);

  switch (prop_id)
    {
    case PROP_N_RUNNING:
      g_value_set_uint (value, self->n_running);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_transfers_class_init (LadingTransfersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lading_transfers_dispose;
  object_class->get_property = lading_transfers_get_property;

  properties[PROP_N_RUNNING] =
    g_param_spec_uint ("n-running", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingTransfers::finished:
   * @transfer: the transfer that ended, in whatever state
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, LADING_TYPE_IMAGE_TRANSFER);
}

static void
lading_transfers_init (LadingTransfers *self)
{
  self->transfers = g_list_store_new (LADING_TYPE_IMAGE_TRANSFER);
}
