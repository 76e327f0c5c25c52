/* lading-image-transfer.c
 *
 * One pull or push, run by the engine: POST /images/create or
 * /images/{name}/push, whose reply streams one JSON message per line until
 * the work is done.  Saves to and loads from tar files are transfers too
 * (lading-image-transfer-archive.c), so that they show and cancel alike.  The transfer adds the messages up over the layers and
 * shows the sum in its properties, at most ten times a second however fast
 * the messages come: a progress bar needs no more, and a quick pull sends
 * thousands.  Closing the stream makes the engine stop.
 *
 * A failure comes as an HTTP error before anything moved or as an "error"
 * message after HTTP 200; a stream that ends without the engine saying the
 * image is there was interrupted (the engine stopped, say).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-registry"

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "lading-api-enums.h"
#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-image-transfer-private.h"

/* Ten redraws a second at most. */
#define PUBLISH_INTERVAL_MS 100

/* base64url of "{}": no credentials.  A push without the header fails. */
#define NO_REGISTRY_AUTH "e30="


G_DEFINE_FINAL_TYPE (LadingImageTransfer, lading_image_transfer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_KIND,
  PROP_REFERENCE,
  PROP_PLATFORM,
  PROP_STATE,
  PROP_PHASE,
  PROP_FRACTION,
  PROP_BYTES_DONE,
  PROP_BYTES_TOTAL,
  PROP_LAYERS_DONE,
  PROP_LAYERS_TOTAL,
  PROP_DIGEST,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void read_next_line (LadingImageTransfer *self);

/* What the bytes of a save or load come to.  A load knows its file's size;
 * a save knows only the image's, which the archive outgrows by its headers:
 * past it, how far the save is goes unknown (-1) rather than full. */
static void
archive_progress (LadingImageTransfer      *self,
                  LadingImageTransferPhase *phase,
                  double                   *fraction)
{
  gboolean save = self->kind == LADING_IMAGE_TRANSFER_SAVE;
  gboolean past = self->to_move > 0 && self->moved >= self->to_move;

  if (self->state == LADING_IMAGE_TRANSFER_SUCCEEDED)
    *phase = LADING_IMAGE_TRANSFER_PHASE_DONE;
  else if (past && !save)
    *phase = LADING_IMAGE_TRANSFER_PHASE_FINISHING;
  else
    *phase = save ? LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING
                  : LADING_IMAGE_TRANSFER_PHASE_UPLOADING;

  if (self->state == LADING_IMAGE_TRANSFER_SUCCEEDED)
    *fraction = 1.0;
  else if (self->to_move <= 0 || (past && save))
    *fraction = -1.0;
  else
    *fraction = MIN ((double)self->moved / self->to_move, 1.0);
}

static void
publish (LadingImageTransfer *self)
{
  LadingLayerProgress *progress = self->progress;
  LadingImageTransferPhase phase = LADING_IMAGE_TRANSFER_PHASE_STARTING;
  double fraction = -1.0;
  gint64 bytes_done = progress != NULL ? _lading_layer_progress_get_bytes_done (progress)
                                       : self->moved;
  gint64 bytes_total = progress != NULL ? _lading_layer_progress_get_bytes_total (progress)
                                        : self->to_move;
  guint layers_done = progress != NULL ? _lading_layer_progress_get_layers_done (progress) : 0;
  guint layers_total = progress != NULL ? _lading_layer_progress_get_layers_total (progress) : 0;
  const char *digest = progress != NULL ? _lading_layer_progress_get_digest (progress) : NULL;

  if (progress != NULL)
    {
      phase = _lading_layer_progress_get_phase (progress);
      fraction = _lading_layer_progress_get_fraction (progress);
    }
  else
    {
      archive_progress (self, &phase, &fraction);
    }

  g_object_freeze_notify (G_OBJECT (self));

#define PUBLISH(field, prop)                                              \
  if (self->field != field)                                               \
    {                                                                     \
      self->field = field;                                                \
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);       \
    }
  PUBLISH (phase, PROP_PHASE);
  PUBLISH (fraction, PROP_FRACTION);
  PUBLISH (bytes_done, PROP_BYTES_DONE);
  PUBLISH (bytes_total, PROP_BYTES_TOTAL);
  PUBLISH (layers_done, PROP_LAYERS_DONE);
  PUBLISH (layers_total, PROP_LAYERS_TOTAL);
#undef PUBLISH

  if (g_strcmp0 (self->digest, digest) != 0)
    {
      g_free (self->digest);
      self->digest = g_strdup (digest);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIGEST]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
publish_cb (gpointer user_data)
{
  LadingImageTransfer *self = user_data;

  self->publish_source = 0;
  publish (self);

  return G_SOURCE_REMOVE;
}

static void
queue_publish (LadingImageTransfer *self)
{
  if (self->publish_source == 0)
    self->publish_source = g_timeout_add (PUBLISH_INTERVAL_MS, publish_cb, self);
}

/* Ends the run with @error (taken), or with success when it is NULL. */
static void
finish (LadingImageTransfer *self,
        GError              *error)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  g_clear_handle_id (&self->publish_source, g_source_remove);
  if (error == NULL && self->progress == NULL)
    self->state = LADING_IMAGE_TRANSFER_SUCCEEDED;
  publish (self);

  if (self->lines != NULL)
    _lading_engine_abandon_stream (G_INPUT_STREAM (self->lines));
  g_clear_object (&self->lines);
  g_cancellable_disconnect (self->caller_cancellable, self->caller_cancelled_id);
  self->caller_cancelled_id = 0;
  g_clear_object (&self->caller_cancellable);

  if (error == NULL)
    self->state = LADING_IMAGE_TRANSFER_SUCCEEDED;
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    self->state = LADING_IMAGE_TRANSFER_CANCELLED;
  else
    self->state = LADING_IMAGE_TRANSFER_FAILED;

  if (error != NULL)
    {
      self->error = g_error_copy (error);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static GError *
interrupted_error (LadingImageTransfer *self)
{
  return g_error_new_literal (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INTERRUPTED,
                              self->kind == LADING_IMAGE_TRANSFER_PULL
                              ? "the engine's progress stream ended before the pull was done"
                              : "the engine's progress stream ended before the push was done");
}

/* One message per line, each ended by "\r\n". */
static gboolean
feed_line (LadingImageTransfer  *self,
           const char           *line,
           GError              **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, line, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "the engine's progress stream holds a line that is not a JSON object");
      return FALSE;
    }

  return _lading_layer_progress_feed (self->progress, json_node_get_object (root), error);
}

static void
read_line_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LadingImageTransfer *self = user_data;
  g_autofree char *line = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (object), result,
                                                    &length, &error);
  if (error != NULL)
    {
      /* Else the engine went away in the middle of a line. */
      finish (self, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                    ? g_steal_pointer (&error) : interrupted_error (self));
      return;
    }

  if (line == NULL)
    {
      finish (self, _lading_layer_progress_get_finished (self->progress)
                    ? NULL : interrupted_error (self));
      return;
    }

  g_strchomp (line);
  if (line[0] != '\0' && !feed_line (self, line, &error))
    {
      finish (self, g_steal_pointer (&error));
      return;
    }

  queue_publish (self);
  read_next_line (self);
}

static void
read_next_line (LadingImageTransfer *self)
{
  g_data_input_stream_read_line_async (self->lines, G_PRIORITY_DEFAULT, self->cancellable,
                                       read_line_cb, self);
}

static void
stream_opened_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LadingImageTransfer *self = user_data;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  stream = _lading_engine_propagate (self->engine, result, lading_image_transfer_run_async,
                                     &error);
  if (stream == NULL)
    {
      _lading_registry_error_refine (error);
      finish (self, g_steal_pointer (&error));
      return;
    }

  self->lines = g_data_input_stream_new (stream);
  g_data_input_stream_set_newline_type (self->lines, G_DATA_STREAM_NEWLINE_TYPE_LF);
  read_next_line (self);
}

static char *
dup_push_path (LadingImageTransfer *self)
{
  g_autofree char *repository = lading_image_reference_dup_repository (self->reference);
  g_autofree char *suffix = g_strconcat ("/push?tag=",
                                         lading_image_reference_get_tag (self->reference), NULL);

  return _lading_engine_dup_object_path ("/images/", repository, suffix);
}

static char *
dup_pull_path (LadingImageTransfer *self)
{
  const char *digest = lading_image_reference_get_digest (self->reference);
  g_autofree char *repository = lading_image_reference_dup_repository (self->reference);
  g_autofree char *escaped_repository = g_uri_escape_string (repository, NULL, FALSE);
  g_autofree char *escaped_tag = NULL;
  g_autofree char *escaped_platform = NULL;

  /* An empty tag would pull every tag; a digest stands in for the tag. */
  escaped_tag = g_uri_escape_string (digest != NULL ? digest
                                                    : lading_image_reference_get_tag (self->reference),
                                     NULL, FALSE);
  if (self->platform == NULL)
    return g_strconcat ("/images/create?fromImage=", escaped_repository, "&tag=", escaped_tag,
                        NULL);

  escaped_platform = g_uri_escape_string (self->platform, NULL, FALSE);
  return g_strconcat ("/images/create?fromImage=", escaped_repository, "&tag=", escaped_tag,
                      "&platform=", escaped_platform, NULL);
}

static void
open_stream (LadingImageTransfer *self,
             const char          *registry_auth)
{
  g_autofree char *path = self->kind == LADING_IMAGE_TRANSFER_PULL ? dup_pull_path (self)
                                                                    : dup_push_path (self);
  g_autoptr(SoupMessage) message = _lading_engine_new_message (self->engine, "POST", path);

  soup_message_headers_append (soup_message_get_request_headers (message), "X-Registry-Auth",
                               registry_auth != NULL ? registry_auth : NO_REGISTRY_AUTH);
  _lading_engine_send_stream_async (self->engine, message, lading_image_transfer_run_async,
                                    self->cancellable, stream_opened_cb, self);
}

static void
auth_header_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LadingImageTransfer *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadingSecret) header = NULL;

  header = lading_docker_config_dup_auth_header_finish (LADING_DOCKER_CONFIG (object), result,
                                                        &error);
  if (error != NULL)
    {
      finish (self, g_steal_pointer (&error));
      return;
    }

  /* The header holds a password; it goes no further than the engine, and
   * is wiped when let go. */
  open_stream (self, header);
}

static void
caller_cancelled_cb (GCancellable *caller_cancellable,
                     gpointer      user_data)
{
  LadingImageTransfer *self = user_data;

  g_cancellable_cancel (self->cancellable);
}

/**
 * lading_image_transfer_run_async:
 * @config: (nullable): where the credentials for the reference's registry
 *   are, or %NULL to go without
 *
 * Pulls, pushes, saves or loads; runs once per transfer.  A save or load
 * needs no @config.  It completes when the engine
 * is done, with the engine's error refined to say what went wrong
 * (%LADING_ENGINE_ERROR_UNAUTHORIZED, …), or %G_IO_ERROR_CANCELLED after
 * lading_image_transfer_cancel() or @cancellable.
 */
void
lading_image_transfer_run_async (LadingImageTransfer *self,
                                 LadingDockerConfig  *config,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  const char *server;

  g_return_if_fail (LADING_IS_IMAGE_TRANSFER (self));
  g_return_if_fail (!config || LADING_IS_DOCKER_CONFIG (config));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (!self->started);

  self->started = TRUE;
  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, lading_image_transfer_run_async);
  if (cancellable != NULL)
    {
      self->caller_cancellable = g_object_ref (cancellable);
      self->caller_cancelled_id = g_cancellable_connect (cancellable,
                                                         G_CALLBACK (caller_cancelled_cb),
                                                         self, NULL);
    }

  if (self->kind == LADING_IMAGE_TRANSFER_SAVE || self->kind == LADING_IMAGE_TRANSFER_LOAD)
    {
      _lading_image_transfer_run_archive (self);
      return;
    }

  self->progress = _lading_layer_progress_new (self->kind);

  if (config == NULL)
    {
      open_stream (self, NULL);
      return;
    }

  server = lading_image_reference_is_docker_hub (self->reference)
           ? LADING_DOCKER_HUB_AUTH_SERVER
           : lading_image_reference_get_registry (self->reference);
  lading_docker_config_dup_auth_header_async (config, server, self->cancellable,
                                              auth_header_cb, self);
}

gboolean
lading_image_transfer_run_finish (LadingImageTransfer  *self,
                                  GAsyncResult         *result,
                                  GError              **error)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Closes the stream, which stops the engine; the run ends cancelled. */
void
lading_image_transfer_cancel (LadingImageTransfer *self)
{
  g_return_if_fail (LADING_IS_IMAGE_TRANSFER (self));

  g_cancellable_cancel (self->cancellable);
}

/* Getters and GObject boilerplate ---------------------------------------- */

LadingEngine *
lading_image_transfer_get_engine (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), NULL);

  return self->engine;
}

LadingImageTransferKind
lading_image_transfer_get_kind (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), LADING_IMAGE_TRANSFER_PULL);

  return self->kind;
}

const LadingImageReference *
lading_image_transfer_get_reference (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), NULL);

  return self->reference;
}

/* "linux/arm64", or %NULL for the engine's own. */
const char *
lading_image_transfer_get_platform (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), NULL);

  return self->platform;
}

LadingImageTransferState
lading_image_transfer_get_state (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), LADING_IMAGE_TRANSFER_FAILED);

  return self->state;
}

LadingImageTransferPhase
lading_image_transfer_get_phase (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), LADING_IMAGE_TRANSFER_PHASE_STARTING);

  return self->phase;
}

/* From 0 to 1; -1 while the layers are not known yet. */
double
lading_image_transfer_get_fraction (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), -1.0);

  return self->fraction;
}

/* Bytes downloaded or uploaded, of the layers whose size is known so far. */
gint64
lading_image_transfer_get_bytes_done (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), 0);

  return self->bytes_done;
}

gint64
lading_image_transfer_get_bytes_total (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), 0);

  return self->bytes_total;
}

guint
lading_image_transfer_get_layers_done (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), 0);

  return self->layers_done;
}

guint
lading_image_transfer_get_layers_total (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), 0);

  return self->layers_total;
}

/* The manifest's digest, once the engine said it. */
const char *
lading_image_transfer_get_digest (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), NULL);

  return self->digest;
}

/* Why it failed, or %NULL. */
const GError *
lading_image_transfer_get_error (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), NULL);

  return self->error;
}

static LadingImageTransfer *
transfer_new (LadingEngine               *engine,
              LadingImageTransferKind     kind,
              const LadingImageReference *reference,
              const char                 *platform)
{
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  return g_object_new (LADING_TYPE_IMAGE_TRANSFER,
                       "engine", engine,
                       "kind", kind,
                       "reference", reference,
                       "platform", platform != NULL && platform[0] != '\0' ? platform : NULL,
                       NULL);
}

/**
 * lading_image_transfer_new_pull:
 * @reference: what to pull; without a tag it means "latest", never every tag
 * @platform: (nullable): "os/arch[/variant]", or %NULL for the engine's own
 */
LadingImageTransfer *
lading_image_transfer_new_pull (LadingEngine               *engine,
                                const LadingImageReference *reference,
                                const char                 *platform)
{
  return transfer_new (engine, LADING_IMAGE_TRANSFER_PULL, reference, platform);
}

/**
 * lading_image_transfer_new_push:
 * @reference: a tag of a local image; its registry is where it goes
 */
LadingImageTransfer *
lading_image_transfer_new_push (LadingEngine               *engine,
                                const LadingImageReference *reference)
{
  g_return_val_if_fail (reference == NULL || lading_image_reference_get_tag (reference) != NULL,
                        NULL);

  return transfer_new (engine, LADING_IMAGE_TRANSFER_PUSH, reference, NULL);
}

void
_lading_image_transfer_set_moved (LadingImageTransfer *self,
                                  gint64               done,
                                  gint64               total)
{
  self->moved = done;
  if (total >= 0)
    self->to_move = total;
  /* An archive can come out a little larger than its image. */
  self->to_move = MAX (self->to_move, done);
  queue_publish (self);
}


void
_lading_image_transfer_finish (LadingImageTransfer *self,
                               GError              *error)
{
  finish (self, error);
}

static void
lading_image_transfer_dispose (GObject *object)
{
  LadingImageTransfer *self = (LadingImageTransfer *)object;

  /* A run holds a reference through its task: nothing runs now. */
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (lading_image_transfer_parent_class)->dispose (object);
}

static void
lading_image_transfer_finalize (GObject *object)
{
  LadingImageTransfer *self = (LadingImageTransfer *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->progress, _lading_layer_progress_free);
  g_clear_pointer (&self->reference, lading_image_reference_free);
  g_clear_pointer (&self->platform, g_free);
  g_clear_pointer (&self->digest, g_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->image, g_free);
  g_clear_pointer (&self->loaded, g_strfreev);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (lading_image_transfer_parent_class)->finalize (object);
}

static void
lading_image_transfer_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LadingImageTransfer *self = LADING_IMAGE_TRANSFER (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_REFERENCE:
      g_value_set_boxed (value, self->reference);
      break;
    case PROP_PLATFORM:
      g_value_set_string (value, self->platform);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    case PROP_BYTES_DONE:
      g_value_set_int64 (value, self->bytes_done);
      break;
    case PROP_BYTES_TOTAL:
      g_value_set_int64 (value, self->bytes_total);
      break;
    case PROP_LAYERS_DONE:
      g_value_set_uint (value, self->layers_done);
      break;
    case PROP_LAYERS_TOTAL:
      g_value_set_uint (value, self->layers_total);
      break;
    case PROP_DIGEST:
      g_value_set_string (value, self->digest);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_image_transfer_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LadingImageTransfer *self = LADING_IMAGE_TRANSFER (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_REFERENCE:
      self->reference = g_value_dup_boxed (value);
      break;
    case PROP_PLATFORM:
      self->platform = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_image_transfer_class_init (LadingImageTransferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags shown = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lading_image_transfer_dispose;
  object_class->finalize = lading_image_transfer_finalize;
  object_class->get_property = lading_image_transfer_get_property;
  object_class->set_property = lading_image_transfer_set_property;

  properties[PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL, LADING_TYPE_ENGINE, construct);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LADING_TYPE_IMAGE_TRANSFER_KIND,
                       LADING_IMAGE_TRANSFER_PULL, construct);
  properties[PROP_REFERENCE] =
    g_param_spec_boxed ("reference", NULL, NULL, LADING_TYPE_IMAGE_REFERENCE, construct);
  properties[PROP_PLATFORM] =
    g_param_spec_string ("platform", NULL, NULL, NULL, construct);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, LADING_TYPE_IMAGE_TRANSFER_STATE,
                       LADING_IMAGE_TRANSFER_RUNNING, shown);
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL, LADING_TYPE_IMAGE_TRANSFER_PHASE,
                       LADING_IMAGE_TRANSFER_PHASE_STARTING, shown);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, -1.0, 1.0, -1.0, shown);
  properties[PROP_BYTES_DONE] =
    g_param_spec_int64 ("bytes-done", NULL, NULL, 0, G_MAXINT64, 0, shown);
  properties[PROP_BYTES_TOTAL] =
    g_param_spec_int64 ("bytes-total", NULL, NULL, 0, G_MAXINT64, 0, shown);
  properties[PROP_LAYERS_DONE] =
    g_param_spec_uint ("layers-done", NULL, NULL, 0, G_MAXUINT, 0, shown);
  properties[PROP_LAYERS_TOTAL] =
    g_param_spec_uint ("layers-total", NULL, NULL, 0, G_MAXUINT, 0, shown);
  properties[PROP_DIGEST] =
    g_param_spec_string ("digest", NULL, NULL, NULL, shown);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, shown);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_image_transfer_init (LadingImageTransfer *self)
{
  self->fraction = -1.0;
  self->cancellable = g_cancellable_new ();
}
