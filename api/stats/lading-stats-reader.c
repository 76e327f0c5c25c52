/* lading-stats-reader.c
 *
 * Follows a container's `GET /containers/{id}/stats?stream=true`: one JSON
 * object a line, about one a second from Docker and one every five seconds
 * from Podman, each turned into a point against the one before.
 *
 * Docker never ends the stream of a container that stopped: it keeps sending
 * objects with no figures (Go's zero `read` time).  The first of them ends the
 * reader cleanly and closes the connection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-stats-reader"

#include "config.h"

#include "lading-engine-private.h"
#include "lading-stats-reader.h"

struct _LadingStatsReader
{
  GObject            parent_instance;

  /* Owned */
  LadingEngine      *engine;
  char              *container_id;
  GCancellable      *cancellable;
  GDataInputStream  *lines;

  LadingStatsSample  previous;

  guint              has_previous : 1;
  guint              started : 1;
  guint              stopped : 1;
};

G_DEFINE_FINAL_TYPE (LadingStatsReader, lading_stats_reader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_CONTAINER_ID,
  N_PROPS
};

enum {
  SIGNAL_POINT,
  SIGNAL_ENDED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Emits "ended" once; the reader is done afterwards.  A stopped container's
 * stream never ends: it is abandoned, not read to its end. */
static void
finish (LadingStatsReader *self,
        const GError      *error)
{
  if (self->stopped)
    return;

  self->stopped = TRUE;
  if (self->lines != NULL)
    _lading_engine_abandon_stream (G_INPUT_STREAM (self->lines));
  g_clear_object (&self->lines);
  g_signal_emit (self, signals [SIGNAL_ENDED], 0, error);
}

static void
handle_sample (LadingStatsReader       *self,
               const LadingStatsSample *sample)
{
  LadingStatsPoint point;

  if (sample->stopped)
    {
      finish (self, NULL);
      return;
    }

  lading_stats_calc (self->has_previous ? &self->previous : NULL, sample, &point);
  self->previous = *sample;
  self->has_previous = TRUE;
  g_signal_emit (self, signals [SIGNAL_POINT], 0, &point);
}

static void read_next (LadingStatsReader *self);

/* @self is not referenced by the read: dispose cancels it, and a cancelled
 * read touches nothing but its own error. */
static void
read_line_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LadingStatsReader *self = user_data;
  g_autoptr(LadingStatsReader) hold = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  LadingStatsSample sample;
  gsize length;

  line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (object), result, &length,
                                               &error);

  /* Stopped: the read that was pending kept the stream from closing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      _lading_engine_abandon_stream (G_INPUT_STREAM (object));
      return;
    }

  /* A handler may stop the reader or drop its reference to it. */
  hold = g_object_ref (self);

  if (error != NULL)
    {
      g_autoptr(GError) engine_error =
        _lading_engine_error_from_io (error, lading_engine_get_endpoint (self->engine));

      finish (self, engine_error);
      return;
    }

  /* The engine ends the stream when the container is removed. */
  if (line == NULL)
    {
      finish (self, NULL);
      return;
    }

  if (length > 0 && lading_stats_sample_parse (line, length, &sample, &error))
    handle_sample (self, &sample);
  else if (error != NULL)
    g_debug ("Skipping a stats line of %s: %s", self->container_id, error->message);

  if (!self->stopped)
    read_next (self);
}

static void
read_next (LadingStatsReader *self)
{
  g_data_input_stream_read_line_async (self->lines, G_PRIORITY_DEFAULT, self->cancellable,
                                       read_line_cb, self);
}

static void
open_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  LadingStatsReader *self = user_data;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  stream = _lading_engine_propagate (LADING_ENGINE (object), result, lading_stats_reader_start,
                                     &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (stream == NULL)
    {
      finish (self, error);
      return;
    }

  self->lines = g_data_input_stream_new (stream);
  g_data_input_stream_set_newline_type (self->lines, G_DATA_STREAM_NEWLINE_TYPE_LF);
  read_next (self);
}

static void
lading_stats_reader_dispose (GObject *object)
{
  LadingStatsReader *self = (LadingStatsReader *)object;

  g_assert (LADING_IS_STATS_READER (self));

  self->stopped = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->lines);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (lading_stats_reader_parent_class)->dispose (object);
}

static void
lading_stats_reader_finalize (GObject *object)
{
  LadingStatsReader *self = (LadingStatsReader *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->container_id, g_free);

  G_OBJECT_CLASS (lading_stats_reader_parent_class)->finalize (object);
}

static void
lading_stats_reader_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LadingStatsReader *self = LADING_STATS_READER (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;
    case PROP_CONTAINER_ID:
      g_value_set_string (value, self->container_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Both properties are construct-only: a running stream cannot change. */
static void
lading_stats_reader_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LadingStatsReader *self = LADING_STATS_READER (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;
    case PROP_CONTAINER_ID:
      self->container_id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_stats_reader_class_init (LadingStatsReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lading_stats_reader_dispose;
  object_class->finalize = lading_stats_reader_finalize;
  object_class->get_property = lading_stats_reader_get_property;
  object_class->set_property = lading_stats_reader_set_property;

  properties [PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL, LADING_TYPE_ENGINE, flags);
  properties [PROP_CONTAINER_ID] =
    g_param_spec_string ("container-id", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingStatsReader::point:
   * @point: (transfer none): the figures of one sample, worked out against
   *   the sample before it
   *
   * Emitted for every sample of a running container.  The first point has no
   * rates, and a CPU figure only when the engine sent its precpu_stats.
   */
  signals [SIGNAL_POINT] =
    g_signal_new ("point",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, LADING_TYPE_STATS_POINT | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * LadingStatsReader::ended:
   * @error: (nullable): why the stream broke; %NULL when the container stopped
   *   or was removed
   *
   * Emitted once; not after lading_stats_reader_stop().
   */
  signals [SIGNAL_ENDED] =
    g_signal_new ("ended",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
lading_stats_reader_init (LadingStatsReader *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * lading_stats_reader_new:
 * @engine: a connected engine
 * @container_id: the container's id or name
 *
 * Returns: (transfer full): a reader; call lading_stats_reader_start()
 */
LadingStatsReader *
lading_stats_reader_new (LadingEngine *engine,
                         const char   *container_id)
{
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (container_id != NULL, NULL);

  return g_object_new (LADING_TYPE_STATS_READER,
                       "engine", engine,
                       "container-id", container_id,
                       NULL);
}

/**
 * lading_stats_reader_start:
 *
 * Opens the stream; points arrive through "point" until "ended".  The reader
 * does not keep itself alive: dropping the last reference stops it.
 */
void
lading_stats_reader_start (LadingStatsReader *self)
{
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_STATS_READER (self));
  g_return_if_fail (!self->started);

  self->started = TRUE;
  path = _lading_engine_dup_object_path ("/containers/", self->container_id,
                                         "/stats?stream=true");
  _lading_engine_open_stream_async (self->engine, "GET", path, lading_stats_reader_start,
                                    self->cancellable, open_cb, self);
}

/**
 * lading_stats_reader_stop:
 *
 * Closes the stream.  No signal is emitted afterwards.  Harmless when the
 * reader has ended or never started.
 */
void
lading_stats_reader_stop (LadingStatsReader *self)
{
  g_return_if_fail (LADING_IS_STATS_READER (self));

  self->stopped = TRUE;
  g_cancellable_cancel (self->cancellable);
}
