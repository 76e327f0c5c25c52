/* lading-log-reader.c
 *
 * Reads a container's log as lines: `GET /containers/{id}/logs`, demuxed,
 * split per stream and handed out in batches, so that a log of a million
 * lines costs a few hundred signal emissions, not a million.
 *
 * The engine flushes every line on its own, so while it is slower than we
 * are each read brings only a few lines.  Lines are therefore collected for
 * up to BATCH_INTERVAL_MS, or until MAX_BATCH lines have come, before they
 * are emitted: a log pouring in costs about 30 emissions a second, and a
 * line of a quiet container is shown within a frame or two.  The first
 * lines go out at once, as they come: they are what a viewer opens with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-reader"

#include "config.h"

#include "lading-engine-private.h"
#include "lading-log-private.h"
#include "lading-log-reader.h"

#define READ_SIZE (64 * 1024)
#define BATCH_INTERVAL_MS 30
#define MAX_BATCH 4096
#define N_STREAMS (LADING_LOG_STREAM_SYSTEM + 1)

typedef struct
{
  LadingLogReader       *reader;   /* borrowed: it owns this */
  LadingLogStream        stream;
  LadingLogLineSplitter *splitter;
} StreamState;

struct _LadingLogReader
{
  GObject           parent_instance;

  /* Owned */
  LadingEngine     *engine;
  char             *container_id;
  GCancellable     *cancellable;
  GInputStream     *stream;
  LadingLogDemuxer *demuxer;
  GPtrArray        *batch;
  guint8           *buffer;
  StreamState       streams[N_STREAMS];

  guint             batch_source;

  LadingLogQuery    query;
  guint             tty : 1;
  guint             started : 1;
  guint             stopped : 1;
  guint             emitted : 1;
};

G_DEFINE_FINAL_TYPE (LadingLogReader, lading_log_reader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_CONTAINER_ID,
  PROP_TTY,
  PROP_TAIL,
  PROP_SINCE_NS,
  PROP_UNTIL_NS,
  PROP_FOLLOW,
  PROP_TIMESTAMPS,
  N_PROPS
};

enum {
  SIGNAL_LINES,
  SIGNAL_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static GPtrArray *
new_batch (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)lading_log_line_free);
}

static void
line_cb (const char *line,
         gsize       length,
         gpointer    user_data)
{
  StreamState *state = user_data;
  LadingLogReader *self = state->reader;
  gint64 timestamp_ns = 0;

  if (self->query.timestamps)
    lading_log_line_split_timestamp (line, length, &timestamp_ns, &line, &length);

  g_ptr_array_add (self->batch, lading_log_line_new (state->stream, timestamp_ns, line, length));
}

static void
chunk_cb (LadingLogStream  stream,
          const guint8    *data,
          gsize            length,
          gpointer         user_data)
{
  LadingLogReader *self = user_data;
  StreamState *state = &self->streams[stream];

  lading_log_line_splitter_push (state->splitter, (const char *)data, length, line_cb, state);
}

/* A handler may stop the reader or drop its reference to it. */
static void
emit_batch (LadingLogReader *self)
{
  g_autoptr(LadingLogReader) hold = g_object_ref (self);
  g_autoptr(GPtrArray) lines = NULL;

  g_clear_handle_id (&self->batch_source, g_source_remove);
  if (self->batch->len == 0)
    return;

  lines = g_steal_pointer (&self->batch);
  self->batch = new_batch ();
  self->emitted = TRUE;
  g_signal_emit (self, signals [SIGNAL_LINES], 0, lines);
}

static void
batch_timeout_cb (gpointer user_data)
{
  LadingLogReader *self = user_data;

  self->batch_source = 0;
  emit_batch (self);
}

/* Emits the first and any full batch now, and the lines of a partial one
 * when they have waited long enough. */
static void
schedule_batch (LadingLogReader *self)
{
  if (self->batch->len >= MAX_BATCH || (!self->emitted && self->batch->len > 0))
    emit_batch (self);
  else if (self->batch->len > 0 && self->batch_source == 0)
    self->batch_source = g_timeout_add_once (BATCH_INTERVAL_MS, batch_timeout_cb, self);
}

/* Emits what is left and "finished" once; the reader is done afterwards.
 * The lines that came before a failure are good, so they go out first. */
static void
finish (LadingLogReader *self,
        const GError    *error)
{
  g_autoptr(GError) end_error = NULL;

  if (error == NULL)
    {
      for (guint i = 0; i < N_STREAMS; i++)
        lading_log_line_splitter_flush (self->streams[i].splitter, line_cb, &self->streams[i]);
      lading_log_demuxer_finish (self->demuxer, &end_error);
      error = end_error;
    }

  emit_batch (self);

  if (self->stopped)
    return;

  self->stopped = TRUE;
  g_clear_object (&self->stream);
  g_signal_emit (self, signals [SIGNAL_FINISHED], 0, error);
}

static void
read_next (LadingLogReader *self);

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(LadingLogReader) self = user_data;
  g_autoptr(GError) error = NULL;
  gssize n = _lading_log_stream_read_finish (G_INPUT_STREAM (object), result, &error);

  if (self->stopped)
    return;

  if (n < 0)
    {
      g_autoptr(GError) engine_error =
        _lading_engine_error_from_io (error, lading_engine_get_endpoint (self->engine));

      finish (self, engine_error);
      return;
    }

  if (n == 0)
    {
      finish (self, NULL);
      return;
    }

  if (!lading_log_demuxer_push (self->demuxer, self->buffer, n, chunk_cb, self, &error))
    {
      finish (self, error);
      return;
    }

  schedule_batch (self);
  if (!self->stopped)
    read_next (self);
}

static void
read_next (LadingLogReader *self)
{
  _lading_log_stream_read_async (self->stream, self->buffer, READ_SIZE, self->cancellable,
                                 read_cb, g_object_ref (self));
}

static void
open_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(LadingLogReader) self = user_data;
  g_autoptr(GError) error = NULL;

  self->stream = lading_engine_open_logs_finish (LADING_ENGINE (object), result, &error);

  if (self->stopped)
    return;

  if (self->stream == NULL)
    {
      finish (self, error);
      return;
    }

  read_next (self);
}

static void
lading_log_reader_dispose (GObject *object)
{
  LadingLogReader *self = (LadingLogReader *)object;

  g_assert (LADING_IS_LOG_READER (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->batch_source, g_source_remove);
  if (self->stream != NULL)
    _lading_engine_abandon_stream (self->stream);
  g_clear_object (&self->stream);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (lading_log_reader_parent_class)->dispose (object);
}

static void
lading_log_reader_finalize (GObject *object)
{
  LadingLogReader *self = (LadingLogReader *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->container_id, g_free);
  g_clear_pointer (&self->demuxer, lading_log_demuxer_free);
  g_clear_pointer (&self->batch, g_ptr_array_unref);
  g_clear_pointer (&self->buffer, g_free);
  for (guint i = 0; i < N_STREAMS; i++)
    g_clear_pointer (&self->streams[i].splitter, lading_log_line_splitter_free);

  G_OBJECT_CLASS (lading_log_reader_parent_class)->finalize (object);
}

static void
lading_log_reader_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LadingLogReader *self = LADING_LOG_READER (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;
    case PROP_CONTAINER_ID:
      g_value_set_string (value, self->container_id);
      break;
    case PROP_TTY:
      g_value_set_boolean (value, self->tty);
      break;
    case PROP_TAIL:
      g_value_set_int (value, self->query.tail);
      break;
    case PROP_SINCE_NS:
      g_value_set_int64 (value, self->query.since_ns);
      break;
    case PROP_UNTIL_NS:
      g_value_set_int64 (value, self->query.until_ns);
      break;
    case PROP_FOLLOW:
      g_value_set_boolean (value, self->query.follow);
      break;
    case PROP_TIMESTAMPS:
      g_value_set_boolean (value, self->query.timestamps);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Every property is construct-only: a running request cannot change. */
static void
lading_log_reader_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LadingLogReader *self = LADING_LOG_READER (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;
    case PROP_CONTAINER_ID:
      self->container_id = g_value_dup_string (value);
      break;
    case PROP_TTY:
      self->tty = g_value_get_boolean (value);
      break;
    case PROP_TAIL:
      self->query.tail = g_value_get_int (value);
      break;
    case PROP_SINCE_NS:
      self->query.since_ns = g_value_get_int64 (value);
      break;
    case PROP_UNTIL_NS:
      self->query.until_ns = g_value_get_int64 (value);
      break;
    case PROP_FOLLOW:
      self->query.follow = g_value_get_boolean (value);
      break;
    case PROP_TIMESTAMPS:
      self->query.timestamps = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_log_reader_constructed (GObject *object)
{
  LadingLogReader *self = (LadingLogReader *)object;

  G_OBJECT_CLASS (lading_log_reader_parent_class)->constructed (object);

  self->demuxer = lading_log_demuxer_new (self->tty);
}

static void
lading_log_reader_class_init (LadingLogReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = lading_log_reader_constructed;
  object_class->dispose = lading_log_reader_dispose;
  object_class->finalize = lading_log_reader_finalize;
  object_class->get_property = lading_log_reader_get_property;
  object_class->set_property = lading_log_reader_set_property;

  properties [PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL, LADING_TYPE_ENGINE, flags);
  properties [PROP_CONTAINER_ID] =
    g_param_spec_string ("container-id", NULL, NULL, NULL, flags);
  /* The container's Config.Tty: its log is raw, not multiplexed. */
  properties [PROP_TTY] =
    g_param_spec_boolean ("tty", NULL, NULL, FALSE, flags);
  properties [PROP_TAIL] =
    g_param_spec_int ("tail", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties [PROP_SINCE_NS] =
    g_param_spec_int64 ("since-ns", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_UNTIL_NS] =
    g_param_spec_int64 ("until-ns", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_FOLLOW] =
    g_param_spec_boolean ("follow", NULL, NULL, FALSE, flags);
  properties [PROP_TIMESTAMPS] =
    g_param_spec_boolean ("timestamps", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingLogReader::lines:
   * @lines: (element-type LadingLogLine) (transfer none): the lines of one read
   *
   * New lines, in the engine's order.  Keep the array with g_ptr_array_ref()
   * or take lines out of it with g_ptr_array_steal_index().
   */
  signals [SIGNAL_LINES] =
    g_signal_new ("lines",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  /**
   * LadingLogReader::finished:
   * @error: (nullable): why the log ended early; %NULL at a clean end (no
   *   follow, or the container stopped)
   *
   * Emitted once, after the last "lines"; not after lading_log_reader_stop().
   */
  signals [SIGNAL_FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
lading_log_reader_init (LadingLogReader *self)
{
  self->cancellable = g_cancellable_new ();
  self->batch = new_batch ();
  self->buffer = g_malloc (READ_SIZE);
  self->query.tail = -1;

  for (guint i = 0; i < N_STREAMS; i++)
    {
      self->streams[i].reader = self;
      self->streams[i].stream = i;
      self->streams[i].splitter = lading_log_line_splitter_new ();
    }
}

/**
 * lading_log_reader_new:
 * @engine: a connected engine
 * @container_id: the container's id
 * @tty: the container's Config.Tty (#LadingContainerInfo has it): its log is
 *   raw then, otherwise multiplexed
 * @query: what to read; copied
 *
 * Returns: (transfer full): a reader; call lading_log_reader_start()
 */
LadingLogReader *
lading_log_reader_new (LadingEngine         *engine,
                       const char           *container_id,
                       gboolean              tty,
                       const LadingLogQuery *query)
{
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (container_id != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  return g_object_new (LADING_TYPE_LOG_READER,
                       "engine", engine,
                       "container-id", container_id,
                       "tty", tty,
                       "tail", query->tail,
                       "since-ns", query->since_ns,
                       "until-ns", query->until_ns,
                       "follow", query->follow,
                       "timestamps", query->timestamps,
                       NULL);
}

/**
 * lading_log_reader_start:
 *
 * Opens the log; lines arrive through "lines" until "finished".  A started
 * reader keeps itself alive until it finishes or lading_log_reader_stop() is
 * called, so stop a following reader before dropping it.
 */
void
lading_log_reader_start (LadingLogReader *self)
{
  g_return_if_fail (LADING_IS_LOG_READER (self));
  g_return_if_fail (!self->started);

  self->started = TRUE;
  lading_engine_open_logs_async (self->engine, self->container_id, &self->query,
                                 self->cancellable, open_cb, g_object_ref (self));
}

/**
 * lading_log_reader_stop:
 *
 * Closes the log.  No signal is emitted afterwards.  Harmless when the
 * reader has finished or never started.
 */
void
lading_log_reader_stop (LadingLogReader *self)
{
  g_return_if_fail (LADING_IS_LOG_READER (self));

  self->stopped = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->batch_source, g_source_remove);
  /* A followed log never ends: let its connection go now. */
  if (self->stream != NULL)
    _lading_engine_abandon_stream (self->stream);
}
