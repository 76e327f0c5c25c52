/* lading-layer-progress.c
 *
 * The engine reports a pull or push one layer at a time, in the messages of
 * the docker CLI's progress display (the moby project's jsonmessage): a
 * status per short layer id, with bytes done of the layer's total while it
 * moves.  This adds them up into what one progress row can say: bytes of
 * bytes, layers of layers, downloading or extracting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-registry"

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-image-transfer-private.h"
#include "lading-json-private.h"

typedef enum
{
  LAYER_WAITING,
  LAYER_MOVING,      /* bytes going over the network */
  LAYER_MOVED,       /* downloaded, not yet extracted */
  LAYER_EXTRACTING,
  LAYER_DONE,
} LayerState;

typedef struct
{
  LayerState state;
  gint64     current;  /* of the download or upload */
  gint64     total;    /* 0 while unknown */
  double     extracted;
  gboolean   present;  /* there already: no work, and no part of the fraction */
} Layer;

struct _LadingLayerProgress
{
  LadingImageTransferKind  kind;
  GHashTable              *layers;  /* short id → Layer */
  GPtrArray               *order;   /* of the ids, borrowed from layers */
  char                    *digest;
  gboolean                 finished;
};

typedef struct
{
  const char *status;
  LayerState  state;
} StatusMeaning;

/* Only these make an id a layer: "Pulling from busybox" carries the tag as
 * its id. Statuses not here ("Retrying in 5 seconds") leave a layer as it is. */
static const StatusMeaning layer_statuses[] = {
  { "Pulling fs layer", LAYER_WAITING },
  { "Waiting", LAYER_WAITING },
  { "Preparing", LAYER_WAITING },
  { "Downloading", LAYER_MOVING },
  { "Pushing", LAYER_MOVING },
  { "Verifying Checksum", LAYER_MOVED },
  { "Download complete", LAYER_MOVED },
  { "Extracting", LAYER_EXTRACTING },
  { "Pull complete", LAYER_DONE },
  { "Already exists", LAYER_DONE },
  { "Pushed", LAYER_DONE },
  { "Layer already exists", LAYER_DONE },
};

LadingLayerProgress *
_lading_layer_progress_new (LadingImageTransferKind kind)
{
  LadingLayerProgress *self = g_new0 (LadingLayerProgress, 1);

  self->kind = kind;
  self->layers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->order = g_ptr_array_new ();

  return self;
}

void
_lading_layer_progress_free (LadingLayerProgress *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->order);
  g_hash_table_unref (self->layers);
  g_free (self->digest);
  g_free (self);
}

/* The registry or the engine had the layer already: no bytes moved. */
static gboolean
status_means_present (const char *status)
{
  return g_str_equal (status, "Already exists") || g_str_equal (status, "Layer already exists") ||
         g_str_has_prefix (status, "Mounted from ");
}

static gboolean
layer_state_for_status (const char *status,
                        LayerState *state)
{
  if (status == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (layer_statuses); i++)
    if (g_str_equal (status, layer_statuses[i].status))
      {
        *state = layer_statuses[i].state;
        return TRUE;
      }

  /* "Mounted from library/busybox": the registry had it in another repository. */
  if (g_str_has_prefix (status, "Mounted from "))
    {
      *state = LAYER_DONE;
      return TRUE;
    }

  return FALSE;
}

static Layer *
lookup_layer (LadingLayerProgress *self,
              const char          *id)
{
  Layer *layer = g_hash_table_lookup (self->layers, id);
  char *key;

  if (layer != NULL)
    return layer;

  key = g_strdup (id);
  layer = g_new0 (Layer, 1);
  g_hash_table_insert (self->layers, key, layer);
  g_ptr_array_add (self->order, key);

  return layer;
}

static void
feed_layer (LadingLayerProgress *self,
            const char          *id,
            const char          *status,
            LayerState           state,
            JsonObject          *detail)
{
  Layer *layer = lookup_layer (self, id);
  gint64 current = detail != NULL ? _lading_json_get_int (detail, "current", -1) : -1;
  gint64 total = detail != NULL ? _lading_json_get_int (detail, "total", 0) : 0;

  /* Messages of one layer come in order, but never step a layer back.  A
   * push says "Preparing" before "Layer already exists". */
  if (state < layer->state)
    return;
  if (layer->state <= LAYER_WAITING && status_means_present (status))
    layer->present = TRUE;
  layer->state = state;

  if (state == LAYER_EXTRACTING)
    {
      if (total > 0 && current >= 0)
        layer->extracted = CLAMP ((double)current / total, 0.0, 1.0);
      /* Extraction counts compressed bytes too: the layer's size, when the
       * download was too quick to report one. */
      if (layer->total == 0 && total > 0)
        layer->total = layer->current = total;
      return;
    }

  if (total > 0)
    layer->total = total;
  /* A push reports the uncompressed bytes sent of the compressed size,
   * which can end above it. */
  if (current >= 0)
    layer->current = layer->total > 0 ? MIN (current, layer->total) : current;
  if (state >= LAYER_MOVED)
    layer->current = layer->total;
}

static void
feed_status (LadingLayerProgress *self,
             const char          *status)
{
  /* Pull: "Digest: sha256:…", then "Status: Downloaded newer image for …"
   * or "Status: Image is up to date for …". */
  if (g_str_has_prefix (status, "Digest: "))
    {
      g_free (self->digest);
      self->digest = g_strdup (status + strlen ("Digest: "));
    }
  else if (self->kind == LADING_IMAGE_TRANSFER_PULL && g_str_has_prefix (status, "Status: "))
    {
      self->finished = TRUE;
    }
}

gboolean
_lading_layer_progress_feed (LadingLayerProgress  *self,
                             JsonObject           *message,
                             GError              **error)
{
  JsonObject *error_detail = _lading_json_get_object (message, "errorDetail");
  const char *error_message = _lading_json_get_string (message, "error");
  const char *status = _lading_json_get_string (message, "status");
  const char *id = _lading_json_get_string (message, "id");
  JsonObject *aux = _lading_json_get_object (message, "aux");
  LayerState state;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  if (error_detail != NULL && _lading_json_get_string (error_detail, "message") != NULL)
    error_message = _lading_json_get_string (error_detail, "message");
  if (error_message != NULL)
    {
      g_autoptr(GError) in_band = g_error_new_literal (LADING_ENGINE_ERROR,
                                                       LADING_ENGINE_ERROR_FAILED, error_message);

      _lading_registry_error_refine (in_band);
      g_propagate_error (error, g_steal_pointer (&in_band));
      return FALSE;
    }

  /* Push ends with {"aux":{"Tag":"1","Digest":"sha256:…","Size":1369}}. */
  if (aux != NULL && _lading_json_get_string (aux, "Digest") != NULL)
    {
      g_free (self->digest);
      self->digest = g_strdup (_lading_json_get_string (aux, "Digest"));
      if (self->kind == LADING_IMAGE_TRANSFER_PUSH)
        self->finished = TRUE;
      return TRUE;
    }

  if (id != NULL && layer_state_for_status (status, &state))
    feed_layer (self, id, status, state, _lading_json_get_object (message, "progressDetail"));
  else if (status != NULL)
    feed_status (self, status);

  return TRUE;
}

LadingImageTransferPhase
_lading_layer_progress_get_phase (LadingLayerProgress *self)
{
  gboolean moving = FALSE, extracting = FALSE;

  g_return_val_if_fail (self != NULL, LADING_IMAGE_TRANSFER_PHASE_STARTING);

  if (self->finished)
    return LADING_IMAGE_TRANSFER_PHASE_DONE;
  if (self->order->len == 0)
    return LADING_IMAGE_TRANSFER_PHASE_STARTING;

  for (guint i = 0; i < self->order->len; i++)
    {
      Layer *layer = g_hash_table_lookup (self->layers, g_ptr_array_index (self->order, i));

      moving |= layer->state <= LAYER_MOVING;
      extracting |= layer->state == LAYER_MOVED || layer->state == LAYER_EXTRACTING;
    }

  if (moving)
    return self->kind == LADING_IMAGE_TRANSFER_PULL ? LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING
                                                   : LADING_IMAGE_TRANSFER_PHASE_UPLOADING;
  if (extracting)
    return LADING_IMAGE_TRANSFER_PHASE_EXTRACTING;

  /* Every layer is there; the engine is writing the image's manifest. */
  return LADING_IMAGE_TRANSFER_PHASE_FINISHING;
}

static gint64
sum_bytes (LadingLayerProgress *self,
           gboolean             done)
{
  gint64 sum = 0;

  for (guint i = 0; i < self->order->len; i++)
    {
      Layer *layer = g_hash_table_lookup (self->layers, g_ptr_array_index (self->order, i));

      if (layer->total > 0)
        sum += done ? layer->current : layer->total;
    }

  return sum;
}

gint64
_lading_layer_progress_get_bytes_done (LadingLayerProgress *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return sum_bytes (self, TRUE);
}

gint64
_lading_layer_progress_get_bytes_total (LadingLayerProgress *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return sum_bytes (self, FALSE);
}

guint
_lading_layer_progress_get_layers_done (LadingLayerProgress *self)
{
  guint done = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->order->len; i++)
    {
      Layer *layer = g_hash_table_lookup (self->layers, g_ptr_array_index (self->order, i));

      done += layer->state == LAYER_DONE;
    }

  return done;
}

guint
_lading_layer_progress_get_layers_total (LadingLayerProgress *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->order->len;
}

/* A pulled layer is half downloading and half extracting; a pushed one is
 * all upload. */
static double
layer_fraction (LadingLayerProgress *self,
                Layer               *layer)
{
  double moved = layer->total > 0 ? (double)layer->current / layer->total : 0.0;
  double share = self->kind == LADING_IMAGE_TRANSFER_PULL ? 0.5 : 1.0;

  switch (layer->state)
    {
    case LAYER_WAITING:
      return 0.0;
    case LAYER_MOVING:
      return share * moved;
    case LAYER_MOVED:
      return share;
    case LAYER_EXTRACTING:
      return share + (1.0 - share) * layer->extracted;
    case LAYER_DONE:
    default:
      return 1.0;
    }
}

double
_lading_layer_progress_get_fraction (LadingLayerProgress *self)
{
  double sum = 0.0;
  guint n_moving = 0;

  g_return_val_if_fail (self != NULL, -1.0);

  if (self->finished)
    return 1.0;

  for (guint i = 0; i < self->order->len; i++)
    {
      Layer *layer = g_hash_table_lookup (self->layers, g_ptr_array_index (self->order, i));

      if (layer->present)
        continue;
      sum += layer_fraction (self, layer);
      n_moving++;
    }

  return n_moving > 0 ? sum / n_moving : -1.0;
}

gboolean
_lading_layer_progress_get_finished (LadingLayerProgress *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->finished;
}

const char *
_lading_layer_progress_get_digest (LadingLayerProgress *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->digest;
}
