/**
 * Finding an item by name in a list that is rebuilt often with the same names in the same
 * order (a view's instances: a new list every frame). Each name's place is kept across lists
 * and checked against the name found there, so a lookup costs O(1) without indexing the whole
 * list again; indexing 10,000 names for each new view was most of what the lookups cost.
 */
export type FindByName<T> = (list: readonly T[], name: string) => T | undefined;

export function findByName<T extends { name: string }>(): FindByName<T> {
  let places = new Map<string, number>();
  let placesOf: readonly T[] | null = null;
  return (list, name) => {
    const at = places.get(name);
    const found = at === undefined ? undefined : list[at];
    if (found?.name === name) return found;
    if (placesOf === list) return undefined; // indexed from this very list: the name is not in it
    places = new Map(list.map((item, i) => [item.name, i]));
    placesOf = list;
    const again = places.get(name);
    return again === undefined ? undefined : list[again];
  };
}
