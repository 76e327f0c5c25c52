/* lading-list-view-column-sort.c
 *
 * The sorters of LadingListView's columns, chosen by the type of the
 * property they read: strings sort as strings, and every number, enum and
 * boolean as a number.  In tree mode they meet branches (compose projects)
 * among the items and read the property of the same name there, so that
 * branches sort among the items by what they share (name, state).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view-column"

#include "config.h"

#include "lading-list-view-column-private.h"

/* @value as a number; 0 if it cannot be one. */
gint64
_lading_list_view_value_get_int64 (const GValue *value)
{
  g_auto(GValue) as_int64 = G_VALUE_INIT;

  g_value_init (&as_int64, G_TYPE_INT64);
  if (!g_value_transform (value, &as_int64))
    return 0;

  return g_value_get_int64 (&as_int64);
}

/* What a sorter reads: the property of the item type, found once, and the
 * property of the same name on the last other type it met, so that tree
 * mode's branches sort among the items without a lookup per comparison.  An
 * item without the property sorts as an empty string or zero. */
typedef struct
{
  GParamSpec *pspec;
  GType       other_type;
  GParamSpec *other_pspec;
} SortProperty;

static SortProperty *
sort_property_new (GParamSpec *pspec)
{
  SortProperty *self = g_new0 (SortProperty, 1);

  self->pspec = pspec;

  return self;
}

static GValue *
item_get_value (GObject      *item,
                SortProperty *property,
                GValue       *value)
{
  GParamSpec *pspec;

  if (item == NULL)
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (item, property->pspec->owner_type))
    pspec = property->pspec;
  else
    {
      if (property->other_type != G_OBJECT_TYPE (item))
        {
          property->other_type = G_OBJECT_TYPE (item);
          property->other_pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item),
                                                                property->pspec->name);
        }
      pspec = property->other_pspec;
    }

  if (pspec == NULL)
    return NULL;

  g_value_init (value, pspec->value_type);
  g_object_get_property (item, pspec->name, value);

  return value;
}

static char *
sort_key_string (GObject      *item,
                 SortProperty *property)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (item_get_value (item, property, &value) == NULL || !G_VALUE_HOLDS_STRING (&value))
    return NULL;

  return g_value_dup_string (&value);
}

static gint64
sort_key_int64 (GObject      *item,
                SortProperty *property)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (item_get_value (item, property, &value) == NULL)
    return 0;

  if (G_VALUE_HOLDS_BOOLEAN (&value))
    return g_value_get_boolean (&value);

  return _lading_list_view_value_get_int64 (&value);
}

static double
sort_key_double (GObject      *item,
                 SortProperty *property)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) as_double = G_VALUE_INIT;

  if (item_get_value (item, property, &value) == NULL)
    return 0.0;

  g_value_init (&as_double, G_TYPE_DOUBLE);
  if (!g_value_transform (&value, &as_double))
    return 0.0;

  return g_value_get_double (&as_double);
}

static void
sort_property_free (gpointer  data,
                    GClosure *closure)
{
  g_free (data);
}

static GtkExpression *
sort_key_expression (GType       type,
                     GCallback   callback,
                     GParamSpec *pspec)
{
  return gtk_cclosure_expression_new (type, NULL, 0, NULL, callback,
                                      sort_property_new (pspec), sort_property_free);
}

/* GtkNumericSorter knows no enums, hence the conversion to int64.  Returns
 * NULL for a property of a type that does not sort. */
GtkSorter *
_lading_list_view_sorter_new_for_pspec (GParamSpec *pspec)
{
  GtkExpression *expression;

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      expression = sort_key_expression (G_TYPE_STRING, G_CALLBACK (sort_key_string), pspec);
      return GTK_SORTER (gtk_string_sorter_new (expression));

    case G_TYPE_FLOAT:
    case G_TYPE_DOUBLE:
      expression = sort_key_expression (G_TYPE_DOUBLE, G_CALLBACK (sort_key_double), pspec);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));

    case G_TYPE_ENUM:
    case G_TYPE_BOOLEAN:
    case G_TYPE_CHAR:
    case G_TYPE_UCHAR:
    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_LONG:
    case G_TYPE_ULONG:
    case G_TYPE_INT64:
    case G_TYPE_UINT64:
      expression = sort_key_expression (G_TYPE_INT64, G_CALLBACK (sort_key_int64), pspec);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));

    default:
      return NULL;
    }
}
