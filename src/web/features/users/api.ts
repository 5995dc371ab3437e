import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CreateUserRequest, RoleGrant, UpdateUserRequest, User } from '../../../contracts/users.js';

export const usersKeys = {
  users: ['users'] as const,
  roleGrants: (facilityId: string) => ['facility', facilityId, 'role-grants'] as const,
};

/** Everyone the admin keeps, inactive users too, by name. */
export function useUsers() {
  return useQuery({
    queryKey: usersKeys.users,
    queryFn: () => api.get<{ data: User[] }>('/users').then((r) => r.data),
  });
}

export const createUser = (input: CreateUserRequest) => api.post<{ data: User }>('/users', input).then((r) => r.data);

export const updateUser = (user: Pick<User, 'id' | 'version'>, changes: Omit<UpdateUserRequest, 'version'>) =>
  api.patch<{ data: User }>(`/users/${user.id}`, { version: user.version, ...changes }).then((r) => r.data);

/** After a user changes: show the saved record at once (a new one in name order), then fetch the list again. */
export function invalidateUsers(qc: QueryClient, saved?: User) {
  if (saved) {
    qc.setQueryData<User[]>(usersKeys.users, (list) =>
      list && [...list.filter((u) => u.id !== saved.id), saved].sort((a, b) => a.displayName.localeCompare(b.displayName, 'da')),
    );
  }
  void qc.invalidateQueries({ queryKey: usersKeys.users });
}

/** Who was given a role that reads the facility's citizens, by whom and when (for its leaders). */
export function useRoleGrants(facilityId: string) {
  return useQuery({
    queryKey: usersKeys.roleGrants(facilityId),
    queryFn: () => api.get<{ data: RoleGrant[] }>(`/facilities/${facilityId}/role-grants`).then((r) => r.data),
  });
}
