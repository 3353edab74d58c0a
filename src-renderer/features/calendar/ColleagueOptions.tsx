import { useColleagues } from './use-colleagues';

// The other active users as <option>s of a «whose?» select (whose calendar, whose tasks), after its own first options.
export function ColleagueOptions() {
  const { me, users } = useColleagues();
  return users
    .filter((user) => user.id !== me?.id)
    .map((user) => (
      <option key={user.id} value={user.id}>
        {user.name}
      </option>
    ));
}
