import { useMe } from '../auth/session';

/** May the user register citizens somewhere? The server's access policy answers it (the server checks where). */
export function useCanRegisterCitizens(): boolean {
  return useMe().navigation.registerCitizens;
}
